import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { logoFile } from '../lib/brand/logo.ts';
import { contentDir } from '../lib/content/dir.ts';
import { getModel } from '../lib/site.ts';

/** The logo from the content tree, copied into the site (the check has made sure it is there). */
export const getStaticPaths = (() => {
	const file = logoFile(getModel().site);
	return file ? [{ params: { ext: path.extname(file).slice(1) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
	const { site } = getModel();
	const bytes = readFileSync(path.resolve(contentDir(), site.logo!));
	const type = logoFile(site) === 'logo.png' ? 'image/png' : 'image/svg+xml';
	return new Response(bytes, { headers: { 'Content-Type': type } });
};
