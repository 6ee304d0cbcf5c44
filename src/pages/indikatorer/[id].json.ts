import { downloadRoute } from '../../lib/download-route.ts';
import { toJson } from '../../lib/model/download.ts';

export const { getStaticPaths, GET } = downloadRoute(toJson, 'application/json; charset=utf-8');
