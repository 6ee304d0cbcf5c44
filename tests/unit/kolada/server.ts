/**
 * A local stand-in for Kolada's API v3 on 127.0.0.1 (a random free port), serving the responses in
 * tests/fixtures/kolada/. The client under test talks real HTTP to it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/kolada');

/** One answer: a fixture file (with `{{origin}}` replaced by the server's address), a body, or JSON. */
export interface Reply {
	status?: number;
	headers?: Record<string, string>;
	file?: string;
	body?: string;
	json?: unknown;
}

/** A fixed answer, answers in turn (the last repeats), or one made from the request. */
export type Route = Reply | Reply[] | ((url: URL, origin: string) => Reply);

export interface KoladaServer {
	/** The API's base URL, e.g. http://127.0.0.1:41234/v3. */
	base: string;
	origin: string;
	/** Every request's path and query, in order. */
	requests: string[];
	close(): Promise<void>;
}

/**
 * Serves `routes`, keyed by path and query (`/v3/data/…?page=2&per_page=5000`), else by path alone;
 * else by `fallback`; anything else is a 404 as Kolada would send it.
 */
export async function startKolada(routes: Record<string, Route>, fallback?: Route): Promise<KoladaServer> {
	const requests: string[] = [];
	const turns = new Map<string, number>();
	let origin = '';
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', origin);
		const asked = url.pathname + url.search;
		requests.push(asked);
		const key = asked in routes ? asked : url.pathname in routes ? url.pathname : fallback ? '*' : undefined;
		const route = key === undefined ? { status: 404, json: { detail: 'Not Found' } } : key === '*' ? fallback! : routes[key]!;
		let reply: Reply;
		if (typeof route === 'function') reply = route(url, origin);
		else if (Array.isArray(route)) {
			const turn = turns.get(key!) ?? 0;
			turns.set(key!, turn + 1);
			reply = route[Math.min(turn, route.length - 1)]!;
		} else reply = route;
		const body =
			reply.file !== undefined
				? readFileSync(path.join(FIXTURES, reply.file), 'utf8').replaceAll('{{origin}}', origin)
				: reply.json !== undefined
					? JSON.stringify(reply.json)
					: (reply.body ?? '');
		res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base: `${origin}/v3`,
		origin,
		requests,
		close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
	};
}

interface Record_ {
	municipality: string;
	period: number;
}

/**
 * Answers data requests from `database-N15508.json` as the API would: filtered by the ids and years
 * in the path, paged by `per_page` with an absolute `next_url`, and refusing more than 25 ids or
 * years in a path segment with HTTP 400.
 */
export function database(file = 'database-N15508.json'): (url: URL, origin: string) => Reply {
	const all = (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { values: Record_[] }).values;
	return (url, origin) => {
		const match = /^\/v3\/data\/kpi\/([^/]+)(?:\/municipality\/([^/]+))?(?:\/year\/([^/]+))?$/.exec(url.pathname);
		if (!match) return { status: 404, json: { detail: 'Not Found' } };
		const ids = match[2]?.split(',');
		const years = match[3]?.split(',').map(Number);
		if ((ids?.length ?? 0) > 25 || (years?.length ?? 0) > 25) return { status: 400, json: { detail: 'At most 25 ids per segment' } };
		const values = all.filter((r) => (!ids || ids.includes(r.municipality)) && (!years || years.includes(r.period)));
		const perPage = Number(url.searchParams.get('per_page') ?? 5000);
		const page = Number(url.searchParams.get('page') ?? 1);
		const slice = values.slice((page - 1) * perPage, page * perPage);
		const more = page * perPage < values.length;
		const next = new URL(url.pathname, origin);
		next.searchParams.set('page', String(page + 1));
		next.searchParams.set('per_page', String(perPage));
		return { json: { count: values.length, ...(more ? { next_url: next.href } : {}), values: slice } };
	};
}

/** A clock that only moves when the client sleeps, recording each wait. */
export function fakeClock(start = 1_000_000) {
	let time = start;
	const sleeps: number[] = [];
	return {
		now: () => time,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			time += ms;
		},
		sleeps,
	};
}
