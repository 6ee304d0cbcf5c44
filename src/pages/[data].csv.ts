import type { APIRoute } from 'astro';
import { siteCsv } from '../lib/open-data/site-data.ts';
import { downloadsWrittenByBuild, getModel } from '../lib/site.ts';

/**
 * /data.csv, every observation of every indicator (src/lib/open-data/site-data.ts), for the dev
 * server and a plain `astro build`: `npm run build` writes it itself, beside the indicators' own
 * downloads. A route with a parameter, because only such a route can be left out of a build.
 */
export function getStaticPaths() {
	return downloadsWrittenByBuild() ? [] : [{ params: { data: 'data' } }];
}

export const GET: APIRoute = () => new Response(siteCsv(getModel().indicators), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
