import type { APIRoute } from 'astro';
import { toJson } from '../../lib/model/download.ts';
import { downloadsWrittenByBuild, getModel, nodeOf } from '../../lib/site.ts';

/** For the dev server and a plain `astro build`; `npm run build` writes these files itself. */
export function getStaticPaths() {
	if (downloadsWrittenByBuild()) return [];
	return getModel()
		.indicators.filter((i) => i.dataset)
		.map((indicator) => ({ params: { id: indicator.id } }));
}

// From the current model, not from props: see nodeOf.
export const GET: APIRoute = ({ params }) => {
	const indicator = nodeOf('indicators', params.id);
	if (!indicator?.dataset) return new Response(null, { status: 404 });
	return new Response(toJson(indicator), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
