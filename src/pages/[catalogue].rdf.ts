import type { APIRoute } from 'astro';
import { absoluteLinker } from '../lib/open-data/address.ts';
import { dcatCatalogue } from '../lib/open-data/dcat.ts';
import { warnNoAddress } from '../lib/open-data/problems.ts';
import { getModel } from '../lib/site.ts';

/**
 * /dcat.rdf, the DCAT-AP-SE catalogue (src/lib/open-data/dcat.ts). It needs absolute addresses:
 * without the site's address (`url` in site.yaml or MALBILD_SITE) the file is left out, with a
 * warning, and the rest of the site is built as usual. A route with a parameter, because only a
 * route with getStaticPaths can be left out of a build.
 */
export function getStaticPaths() {
	if (!import.meta.env.SITE) {
		warnNoAddress();
		return [];
	}
	return [{ params: { catalogue: 'dcat' } }];
}

export const GET: APIRoute = ({ site: origin }) => {
	const link = absoluteLinker(import.meta.env.BASE_URL, origin);
	if (!link) return new Response(null, { status: 404 });
	return new Response(dcatCatalogue(getModel(), { link }), { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
