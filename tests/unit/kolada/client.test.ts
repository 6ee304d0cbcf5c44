/**
 * The Kolada client against a real HTTP server on 127.0.0.1 serving v3-shaped responses
 * (tests/fixtures/kolada/), with a fake clock so back-off and the rate limit take no real time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chunks, createKoladaClient, KoladaError, retryAfter, type KoladaClientOptions } from '../../../src/lib/kolada/client.ts';
import { database, fakeClock, startKolada, type KoladaServer, type Route } from './server.ts';

let server: KoladaServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function serve(routes: Record<string, Route>, options: KoladaClientOptions = {}) {
	server = await startKolada(routes);
	const clock = fakeClock();
	const client = createKoladaClient({ baseUrl: server.base, now: clock.now, sleep: clock.sleep, ...options });
	return { server, clock, client };
}

const PAGED = '/v3/data/kpi/N15508/municipality/2023,0000,G12345';
const failure = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(KoladaError);
	return error as KoladaError;
};

describe('paging by next_url', () => {
	it.each([
		['absolute', PAGED, { [PAGED]: { file: 'data-paged-1.json' }, [`${PAGED}?page=2&per_page=5000`]: { file: 'data-paged-2.json' } }, ['2023', '0000', 'G12345'], 18],
		[
			'relative',
			'/v3/data/kpi/N15508/municipality/2061',
			{ '/v3/data/kpi/N15508/municipality/2061': { file: 'data-relative-1.json' }, '/v3/data/kpi/N15508/municipality/2061?page=2&per_page=5000': { file: 'data-relative-2.json' } },
			['2061'],
			2,
		],
	] as const)('follows an %s next_url to the last page', async (_, path, routes, ids, count) => {
		const { server, client } = await serve(routes);
		const { records, pages } = await client.data('N15508', ids);
		expect(records).toHaveLength(count);
		expect(server.requests).toEqual([`${path}?per_page=5000`, `${path}?page=2&per_page=5000`]);
		expect(pages.map((p) => p.url)).toEqual(server.requests.map((r) => `${server.origin}${r}`));
	});

	it('keeps null values as null, never zero, and reads the gender split', async () => {
		const { client } = await serve({ [PAGED]: { file: 'data-paged-1.json' }, [`${PAGED}?page=2&per_page=5000`]: { file: 'data-paged-2.json' } });
		const { records } = await client.data('N15508', ['2023', '0000', 'G12345']);
		const own2021 = records.find((r) => r.municipality === '2023' && r.period === 2021)!;
		expect(own2021.values.map((v) => [v.gender, v.value])).toEqual([
			['T', null],
			['K', 76.3],
			['M', null],
		]);
	});

	it('stops at an empty page even when it names a next one, and refuses a next_url that loops', async () => {
		const empty = await serve({ '/v3/kpi/N15508': { json: { count: 0, next_url: '/v3/kpi/N15508?page=2', values: [] } } });
		expect((await empty.client.kpi('N15508')).kpi).toBeUndefined();
		expect(empty.server.requests).toHaveLength(1);
		await server!.close();
		server = undefined;
		const loop = await serve({ '/v3/kpi/N15508': { json: { count: 1, next_url: '/v3/kpi/N15508', values: [{ id: 'N15508', title: 'x' }] } } });
		const error = await failure(loop.client.kpi('N15508'));
		expect(error.details.kind).toBe('paging');
	});
});

describe('retries', () => {
	it('waits as Retry-After asks after HTTP 429, then succeeds', async () => {
		const { server, clock, client } = await serve({ '/v3/kpi/N15508': [{ status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' }, { file: 'kpi-N15508.json' }] });
		const { kpi } = await client.kpi('N15508');
		expect(kpi?.title).toBe('Provnyckeltal för tester, andel (%)');
		expect(server.requests).toHaveLength(2);
		expect(clock.sleeps).toEqual([2000]);
	});

	it('backs off exponentially after HTTP 429 without Retry-After, and after 5xx', async () => {
		const { server, clock, client } = await serve({ '/v3/kpi/N15508': [{ status: 429 }, { status: 503 }, { file: 'kpi-N15508.json' }] });
		expect((await client.kpi('N15508')).kpi?.id).toBe('N15508');
		expect(server.requests).toHaveLength(3);
		expect(clock.sleeps).toEqual([1000, 2000]);
	});

	it('fails clearly after HTTP 500 three times: status, URL, attempts and the start of the body', async () => {
		const { server, clock, client } = await serve({ '/v3/kpi/N15508': { status: 500, body: '<html><body>Internal Server Error</body></html>' } });
		const error = await failure(client.kpi('N15508'));
		expect(server.requests).toHaveLength(3);
		expect(clock.sleeps).toEqual([1000, 2000]);
		expect(error.details).toMatchObject({ kind: 'http', status: 500, attempts: 3, url: `${server.base}/kpi/N15508` });
		expect(error.message).toBe(`HTTP 500 from ${server.base}/kpi/N15508 after 3 attempts: <html><body>Internal Server Error</body></html>`);
	});

	it.each([
		[400, { detail: 'Bad request' }],
		[404, { detail: 'Not Found' }],
		[403, { detail: 'Forbidden' }],
	])('does not retry HTTP %i', async (status, json) => {
		const { server, clock, client } = await serve({ '/v3/kpi/N15508': { status, json } });
		const error = await failure(client.kpi('N15508'));
		expect(server.requests).toHaveLength(1);
		expect(clock.sleeps).toEqual([]);
		expect(error.details).toMatchObject({ kind: 'http', status, attempts: 1, body: JSON.stringify(json) });
	});

	it('gives up at once when Retry-After asks for longer than it is worth waiting', async () => {
		const { server, clock, client } = await serve({ '/v3/kpi/N15508': { status: 429, headers: { 'retry-after': '3600' } } });
		const error = await failure(client.kpi('N15508'));
		expect(server.requests).toHaveLength(1);
		expect(clock.sleeps).toEqual([]);
		expect(error.details.detail).toBe('Retry-After 3600 s');
	});
});

describe('answers that are not data', () => {
	it('names the URL of malformed JSON, with the start of the body', async () => {
		const { server, client } = await serve({ [PAGED]: { file: 'malformed.json' } });
		const error = await failure(client.data('N15508', ['2023', '0000', 'G12345']));
		expect(error.details).toMatchObject({ kind: 'json', url: `${server.origin}${PAGED}?per_page=5000` });
		expect(error.message).toMatch(/^the answer from http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/N15508\/municipality\/2023,0000,G12345\?per_page=5000 is not valid JSON: \{"count": 2/);
	});

	it('reads an empty result as no records', async () => {
		const { server, client } = await serve({ [PAGED]: { file: 'data-empty.json' } });
		expect((await client.data('N15508', ['2023', '0000', 'G12345'])).records).toEqual([]);
		expect(server.requests).toHaveLength(1);
	});

	it('refuses JSON without a list of values, and a record without its fields', async () => {
		const first = await serve({ '/v3/kpi/N15508': { file: 'not-v3.json' } });
		expect((await failure(first.client.kpi('N15508'))).details).toMatchObject({ kind: 'shape', detail: 'no list "values"' });
		await server!.close();
		const second = await serve({ [PAGED]: { json: { values: [{ kpi: 'N15508', municipality: '2023', values: [] }] } } });
		expect((await failure(second.client.data('N15508', ['2023', '0000', 'G12345']))).details).toMatchObject({ kind: 'shape', detail: 'value 1 period: Invalid input' });
	});

	it('names the URL when nothing answers', async () => {
		const gone = await serve({});
		await gone.server.close();
		server = undefined;
		const error = await failure(gone.client.kpi('N15508'));
		expect(error.details).toMatchObject({ kind: 'network', url: `${gone.server.base}/kpi/N15508` });
		expect(error.message).toMatch(/^no answer from http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\/N15508 \(ECONNREFUSED\)$/);
	});
});

describe('many ids', () => {
	const members = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			['2023', '2061', '2021', '2026', '2029', '2031', '2034', '2039', '2062', '2080', '2081', '2082', '2083', '2084', '2085', '0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128', '0136', '0138', '0139', '0140', '0160', '0162', '0163', '0180', '0181', '0182', '0183', '0184', '0186', '0187', '0188', '0191'][i]!,
		);

	it.each([
		[25, [25]],
		[26, [25, 1]],
		[40, [25, 15]],
	])('splits %i ids into requests of at most 25 (%j)', async (n, sizes) => {
		server = await startKolada({}, database());
		const clock = fakeClock();
		const client = createKoladaClient({ baseUrl: server.base, now: clock.now, sleep: clock.sleep });
		const { records } = await client.data('N15508', members(n), [2023]);
		expect(server.requests.map((r) => r.split('/municipality/')[1]!.split('/')[0]!.split(',').length)).toEqual(sizes);
		expect(new Set(records.map((r) => r.municipality))).toEqual(new Set(members(n)));
	});

	it('needs to: the server, like Kolada, refuses a path with more than 25 ids', async () => {
		server = await startKolada({}, database());
		const response = await fetch(`${server.base}/data/kpi/N15508/municipality/${members(26).join(',')}`);
		expect(response.status).toBe(400);
	});

	it('pages the years of every municipality', async () => {
		server = await startKolada({}, database());
		const clock = fakeClock();
		const client = createKoladaClient({ baseUrl: server.base, now: clock.now, sleep: clock.sleep, perPage: 50 });
		const { records, pages } = await client.dataForYears('N15508', [2022, 2023, 2024]);
		expect(records).toHaveLength(3 * 43);
		expect(pages).toHaveLength(3);
		expect(server.requests[0]).toBe('/v3/data/kpi/N15508/year/2022,2023,2024?per_page=50');
	});

	it('splits a list in pieces', () => {
		expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunks([], 25)).toEqual([]);
	});
});

describe('the rate limit', () => {
	/** The most request starts in any window [t, t + 1000). */
	const busiest = (times: number[]) => Math.max(...times.map((t) => times.filter((s) => s >= t && s < t + 1000).length));

	it.each([
		['one after another', false],
		['all at once', true],
	])('allows at most 5 requests in any second, %s', async (_, together) => {
		server = await startKolada({ '/v3/kpi/N15508': { file: 'kpi-N15508.json' } });
		const clock = fakeClock();
		const starts: number[] = [];
		const client = createKoladaClient({
			baseUrl: server.base,
			now: clock.now,
			sleep: clock.sleep,
			fetch: (input, init) => {
				starts.push(clock.now());
				return fetch(input, init);
			},
		});
		if (together) await Promise.all(Array.from({ length: 12 }, () => client.kpi('N15508')));
		else for (let i = 0; i < 12; i++) await client.kpi('N15508');
		expect(starts).toHaveLength(12);
		expect(busiest(starts)).toBe(5);
		// Twelve requests at five a second need two full waits, no more.
		expect(clock.now() - 1_000_000).toBe(2000);
	});

	it('counts retries as requests', async () => {
		server = await startKolada({ '/v3/kpi/N15508': [{ status: 503 }, { status: 503 }, { file: 'kpi-N15508.json' }] });
		const clock = fakeClock();
		const starts: number[] = [];
		const client = createKoladaClient({ baseUrl: server.base, now: clock.now, sleep: clock.sleep, backoffMs: 0, fetch: (i, o) => (starts.push(clock.now()), fetch(i, o)) });
		for (let i = 0; i < 4; i++) await client.kpi('N15508');
		expect(starts).toHaveLength(6);
		expect(busiest(starts)).toBeLessThanOrEqual(5);
	});
});

describe('Retry-After', () => {
	it.each([
		['2', 2000],
		['0', 0],
		['Thu, 01 Jan 1970 00:00:05 GMT', 4000],
		['', undefined],
		['soon', undefined],
	])('%j means %s ms', (header, ms) => {
		expect(retryAfter(header, 1000)).toBe(ms);
	});
	it('absent means nothing', () => expect(retryAfter(null, 0)).toBeUndefined());
});
