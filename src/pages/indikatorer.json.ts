import type { APIRoute } from 'astro';
import { linker } from '../lib/open-data/address.ts';
import { indicatorIndex } from '../lib/open-data/site-data.ts';
import { getModel } from '../lib/site.ts';

/**
 * The indicators with their metadata, status and links (src/lib/open-data/site-data.ts). Links are
 * absolute with the site's address (`url` or MALBILD_SITE), else paths under the base path.
 */
export const GET: APIRoute = ({ site: origin }) =>
	new Response(indicatorIndex(getModel(), { link: linker(import.meta.env.BASE_URL, origin), dcat: Boolean(origin) }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
