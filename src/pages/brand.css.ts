import type { APIRoute } from 'astro';
import { getModel } from '../lib/site.ts';

/** The brand colour from site.yaml as a stylesheet, so no page needs an inline style. */
export const GET: APIRoute = () => {
	const { site } = getModel();
	return new Response(`:root{--brand:${site.brandColor}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
