import type { APIRoute } from 'astro';
import type { IndicatorNode } from './model/build.ts';
import { downloadsWrittenByBuild, getModel, nodeOf } from './site.ts';

/**
 * An indicator's download as an Astro route (`indikatorer/[id].csv` and the others), for the dev
 * server and a plain `astro build`; `npm run build` writes these files itself
 * (src/lib/model/write-downloads.ts), so there the route has no pages.
 */
export function downloadRoute(body: (indicator: IndicatorNode) => string | Uint8Array, contentType: string) {
	const getStaticPaths = () =>
		downloadsWrittenByBuild()
			? []
			: getModel()
					.indicators.filter((i) => i.dataset)
					.map((indicator) => ({ params: { id: indicator.id } }));
	// From the current model, not from props: see nodeOf.
	const GET: APIRoute = ({ params }) => {
		const indicator = nodeOf('indicators', params.id);
		if (!indicator?.dataset) return new Response(null, { status: 404 });
		const made = body(indicator);
		return new Response(typeof made === 'string' ? made : new Uint8Array(made), { headers: { 'Content-Type': contentType } });
	};
	return { getStaticPaths, GET };
}
