import { downloadRoute } from '../../lib/download-route.ts';
import { toCsv } from '../../lib/model/download.ts';

export const { getStaticPaths, GET } = downloadRoute(toCsv, 'text/csv; charset=utf-8');
