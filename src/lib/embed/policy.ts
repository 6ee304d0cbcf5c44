/**
 * The Content-Security-Policy the site is served with (docs/hosting.md), and the one its embed
 * pages get: the same policy, except that `frame-ancestors` also names the websites in
 * `embed.allowedOrigins` of site.yaml. A policy is a response header, so these strings go into the
 * host's configuration: the generated `_headers` (Netlify) or the documented Apache and nginx lines.
 */
import { EDITIONS, embedPattern, isEmbedPath } from './paths.ts';

const directives = (frameAncestors: string) =>
	`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors ${frameAncestors}`;

/** Every page but the embed pages and /admin/: only the site itself may frame it. */
export const PAGE_POLICY = directives("'self'");

/** The CMS at /admin/ sets styles from its script and shows files as data: and blob: (docs/cms.md). */
export const ADMIN_POLICY =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/**
 * The origins as CSP sources: without a trailing slash (a source with a path would be compared
 * with the framing page's path), lower case, each once, in the order given.
 */
export function frameSources(origins: readonly string[]): string[] {
	return [...new Set(origins.map((o) => o.trim().replace(/\/$/, '').toLowerCase()))];
}

/** The policy of an embed page: the site itself and the listed websites may frame it. */
export function embedPolicy(origins: readonly string[]): string {
	return directives(["'self'", ...frameSources(origins)].join(' '));
}

const OTHER_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

/**
 * A `_headers` file for Netlify: the strict policy everywhere, a year's caching for `_astro/`, the
 * CMS's policy on /admin/ and the embed policy on the embed pages. Netlify lets a later rule's
 * value replace an earlier one's, so the specific rules come after `/*`. (Cloudflare Pages joins
 * them instead, giving two policies: docs/hosting.md has its variant.)
 */
export function headersFile(base: string, origins: readonly string[]): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rule = (pattern: string, headers: string[]) => [`${prefix}${pattern}`, ...headers.map((h) => `  ${h}`), ''];
	return [
		'# Written by the Målbild build from site.yaml (embed.allowedOrigins). See docs/hosting.md.',
		...rule('*', [`Content-Security-Policy: ${PAGE_POLICY}`, ...OTHER_HEADERS]),
		...rule('_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
		...rule('admin/*', [`Content-Security-Policy: ${ADMIN_POLICY}`]),
		...EDITIONS.flatMap((edition) => rule(embedPattern(edition), [`Content-Security-Policy: ${embedPolicy(origins)}`])),
	].join('\n');
}

/**
 * Which policy a site path (under the base path, e.g. `indikatorer/x/inbaddning/`) is served
 * with, as the generated host configuration says; the browser tests' server uses this.
 */
export function policyFor(sitePath: string, origins: readonly string[]): string {
	if (sitePath.startsWith('admin/')) return ADMIN_POLICY;
	if (isEmbedPath(sitePath)) return embedPolicy(origins);
	return PAGE_POLICY;
}
