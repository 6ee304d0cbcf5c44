import type { APIRoute } from 'astro';
import { siteCsv } from '../lib/open-data/site-data.ts';
import { getModel } from '../lib/site.ts';

/** Every observation of every indicator in one CSV (src/lib/open-data/site-data.ts). */
export const GET: APIRoute = () => new Response(siteCsv(getModel().indicators), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
