import type { APIRoute } from 'astro';
import { printFooterCss } from '../lib/print-footer.ts';
import { getModel } from '../lib/site.ts';

/** The print edition's running footer, with the organisation's name (src/lib/print-footer.ts). */
export const GET: APIRoute = () => {
	const { site } = getModel();
	return new Response(printFooterCss(site.organisation, site.title), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
