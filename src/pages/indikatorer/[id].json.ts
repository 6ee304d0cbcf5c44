import type { APIRoute } from 'astro';
import type { IndicatorNode } from '../../lib/model/build.ts';
import { toJson } from '../../lib/model/download.ts';
import { getModel } from '../../lib/site.ts';

export function getStaticPaths() {
	return getModel()
		.indicators.filter((i) => i.dataset)
		.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

export const GET: APIRoute = ({ props }) =>
	new Response(toJson((props as { indicator: IndicatorNode }).indicator), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
