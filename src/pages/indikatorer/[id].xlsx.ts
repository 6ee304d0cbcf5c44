import { downloadRoute } from '../../lib/download-route.ts';
import { toWorkbook } from '../../lib/model/download.ts';

export const { getStaticPaths, GET } = downloadRoute(toWorkbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
