import type { APIRoute } from 'astro';
import { brandCss } from '../lib/brand/css.ts';
import { getModel } from '../lib/site.ts';

/** The brand colours from site.yaml as a stylesheet, so no page needs an inline style. */
export const GET: APIRoute = () => {
	const { site } = getModel();
	return new Response(brandCss(site.brandColor), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
