/**
 * Addresses for open data. The downloads link with absolute addresses when the site's public
 * address is known (`url` in site.yaml, or MALBILD_SITE: Astro's `site`), else with paths under
 * the base path, as the sitemap does. dcat.rdf needs absolute addresses and is left out without one.
 */
import { href } from '../urls.ts';

/** Makes site-relative paths ("indikatorer/x.csv") into the addresses the downloads link with. */
export type Linker = (sitePath: string) => string;

/**
 * A linker: `https://kommun.se/malbild/indikatorer/x.csv` with an origin, `/malbild/indikatorer/x.csv`
 * without. The path under the base is resolved against the origin exactly as sitemap.xml does.
 */
export function linker(base: string, origin: string | URL | undefined): Linker {
	return (sitePath) => (origin ? new URL(href(sitePath, base), origin).href : href(sitePath, base));
}

/** An absolute linker, or undefined when the site has no public address. */
export function absoluteLinker(base: string, origin: string | URL | undefined): Linker | undefined {
	return origin ? linker(base, origin) : undefined;
}
