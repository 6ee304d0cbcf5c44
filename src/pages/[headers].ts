import { existsSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { headersFile } from '../lib/embed/policy.ts';
import { getModel } from '../lib/site.ts';

/**
 * `_headers`, the host configuration Netlify reads (docs/hosting.md): written only when site.yaml
 * lets other websites embed the charts (`embed.allowedOrigins`), since the embed pages then need a
 * policy of their own, and never over a `_headers` of the site's own in `public/`. A route with a
 * parameter, because only such a route can be left out of a build, and a name starting with "_"
 * is not a route.
 */
export function getStaticPaths() {
	const origins = getModel().site.embed?.allowedOrigins ?? [];
	if (origins.length === 0 || existsSync(path.resolve('public', '_headers'))) return [];
	return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () => {
	const origins = getModel().site.embed?.allowedOrigins ?? [];
	return new Response(headersFile(import.meta.env.BASE_URL, origins), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
