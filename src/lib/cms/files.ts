/**
 * The files the CMS needs at /admin/, read from the pinned `@sveltia/cms` package at build time so
 * nothing is ever loaded from a CDN: the app itself, its lazily loaded chunk and its translations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed package's folder, resolved from the project (the build's working directory). */
export function sveltiaDir(root: string = process.cwd()): string {
	const require = createRequire(path.join(root, 'package.json'));
	// The package exports only its entry point (npm/index.js); the package folder is one up.
	return path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..');
}

/** A file served under /admin/, beside the page and the configuration. */
export type AdminFile = {
	/** Relative to /admin/: "sveltia-cms.js", "locales/sv.json". */
	path: string;
	body: string | Uint8Array<ArrayBuffer>;
	type: string;
};

/**
 * The app's own requests to other servers, rewritten to files beside it on the site. Each must
 * match exactly as often as stated: a new version that does it differently stops the build here,
 * instead of quietly making editors' browsers talk to a CDN.
 */
const PATCHES: { what: string; pattern: RegExp; count: number; replace: string | ((...match: string[]) => string) }[] = [
	{
		what: 'translations from unpkg.com',
		// `${CDN}@${version}/locales`: fetched as `${that}/${locale}.json`.
		pattern: /`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g,
		count: 1,
		replace: '`locales`',
	},
	{
		what: 'the check for a newer version on unpkg.com',
		// `${CDN}/package.json`: the installed version is pinned in package.json; updates come through npm.
		pattern: /`\$\{[\w$]+\}\/package\.json`/g,
		count: 1,
		replace: '`version.json`',
	},
	{
		what: 'the web fonts from cdn.jsdelivr.net',
		pattern: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
		count: 3,
		replace: (_: string, family: string, file: string) => `fonts/${family}-${file}.woff2`,
	},
	{
		what: 'the GitHub and GitLab status checks',
		// Asked on the sign-in screen, before a back end is chosen. "status.json" holds no status: none is shown.
		pattern: /https:\/\/(?:www\.githubstatus\.com\/api\/v2\/status\.json|status-api\.hostedstatus\.com\/1\.0\/status\/[0-9a-f]+)/g,
		count: 2,
		replace: 'status.json',
	},
];

/** The app's script, made to fetch what it needs from /admin/ on the site itself. */
export function sveltiaScript(dir: string = sveltiaDir()): string {
	let source = readFileSync(path.join(dir, 'dist', 'sveltia-cms.js'), 'utf8');
	for (const patch of PATCHES) {
		const found = source.match(patch.pattern)?.length ?? 0;
		if (found !== patch.count) {
			throw new Error(
				`@sveltia/cms ${sveltiaVersion(dir)}: expected ${patch.count} match(es) for ${patch.what}, found ${found}. ` +
					'A new version may load it differently: update PATCHES in src/lib/cms/files.ts, or the CMS would make requests to another server.',
			);
		}
		source = source.replace(patch.pattern, patch.replace as string);
	}
	// Relative addresses resolve against the admin page (/admin/), so they work under any base path.
	return withoutSourceMap(source);
}

export function sveltiaVersion(dir: string = sveltiaDir()): string {
	return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every file the app needs under /admin/: itself, its chunks, translations, fonts and the two small JSON answers. */
export function adminFiles(dir: string = sveltiaDir()): AdminFile[] {
	const js = 'text/javascript; charset=utf-8';
	const json = 'application/json; charset=utf-8';
	const files: AdminFile[] = [{ path: 'sveltia-cms.js', body: sveltiaScript(dir), type: js }];
	const chunks = path.join(dir, 'dist', 'chunks');
	if (existsSync(chunks)) {
		for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js')).sort()) {
			files.push({ path: `chunks/${name}`, body: withoutSourceMap(readFileSync(path.join(chunks, name), 'utf8')), type: js });
		}
	}
	for (const name of readdirSync(path.join(dir, 'locales')).filter((n) => n.endsWith('.json')).sort()) {
		files.push({ path: `locales/${name}`, body: readFileSync(path.join(dir, 'locales', name), 'utf8'), type: json });
	}
	// The npm build of the same version ships the fonts the CDN would serve, named family-file-hash.woff2.
	const assets = path.join(dir, 'npm', 'assets');
	for (const name of readdirSync(assets).sort()) {
		const font = /^(.+)-[\w-]{8}\.woff2$/.exec(name);
		if (font) files.push({ path: `fonts/${font[1]}.woff2`, body: new Uint8Array(readFileSync(path.join(assets, name))), type: 'font/woff2' });
		else if (name.endsWith('.LICENSE.txt')) files.push({ path: `fonts/${name}`, body: readFileSync(path.join(assets, name), 'utf8'), type: 'text/plain; charset=utf-8' });
	}
	files.push({ path: 'version.json', body: `${JSON.stringify({ version: sveltiaVersion(dir) })}\n`, type: json });
	files.push({ path: 'status.json', body: '{}\n', type: json });
	return files;
}

/** The source maps are not copied, so the comment pointing at one goes too. */
function withoutSourceMap(source: string): string {
	return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/**
 * The repository the content tree is in: the nearest folder at or above it with a `.git`. The CMS
 * names every file relative to it, and "Arbeta med lokalt repository" asks for that folder.
 */
export function repositoryRoot(contentDir: string, fallback: string = process.cwd()): string {
	for (let dir = path.resolve(contentDir); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, '.git'))) return dir;
		if (path.dirname(dir) === dir) break;
	}
	const inside = !path.relative(fallback, contentDir).startsWith('..');
	return inside ? fallback : path.resolve(contentDir);
}

/** The content tree relative to its repository, "/"-separated: "content", or "" when it is the repository. */
export function contentPathIn(root: string, contentDir: string): string {
	return path.relative(root, path.resolve(contentDir)).split(path.sep).join('/');
}
