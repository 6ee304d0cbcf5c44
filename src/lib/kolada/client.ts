/**
 * A small client for Kolada's API v3 (https://api.kolada.se/v3): the few calls the import needs,
 * with the API's limits built in. Everything that touches the outside world is injectable (fetch,
 * base URL, clock, sleep), so tests run it against a local server without waiting real seconds.
 *
 * - at most 5 requests in any one second (a sliding window over request starts, retries included);
 * - at most 25 ids in one path segment: longer lists are split into several requests;
 * - paging by `next_url` (absolute, or relative to the page it came on);
 * - 429 and 5xx are retried with exponential back-off (429 honours `Retry-After`), 3 attempts in
 *   all; any other status, a network failure, malformed JSON or an unexpected shape is a
 *   `KoladaError` naming the URL.
 *
 * ## The response shapes relied on
 *
 * Not checked against the live API (no network where this was written). They come from the issue
 * text (#5), from public v3 clients (Kolada-MCP by isakskogstad: `src/config/types.ts`, KPI fields;
 * scripts that page v3 data by `next_url` and send `per_page`), and from the v2 documentation in
 * Hypergene/kolada (same data shape, paged by `next_page` there). Only the fields below are read;
 * everything else is kept as received in the raw JSON.
 *
 *   GET /kpi/{id}
 *     { count, values: [{ id, title, description, operating_area, is_divided_by_gender (bool or 0/1),
 *       municipality_type, publ_period, publication_date, prel_publication_date, auspices, … }] }
 *   GET /data/kpi/{kpi}/municipality/{id,id,…}[/year/{y,y,…}]   (≤ 25 ids per segment)
 *   GET /data/kpi/{kpi}/year/{y,y,…}                              (every municipality, region, group)
 *     { count, next_url?, values: [{ kpi, municipality, period (2023 or "2023"),
 *       values: [{ gender: "T" | "K" | "M", value: number | null, status?, count? }] }] }
 *   GET /municipality_groups/{id}
 *     { values: [{ id, title, members: [{ id, title }] }] }   (members as plain ids accepted too)
 */
import { z } from 'astro/zod';
import type { KoladaFailure } from '../messages/types.ts';

export const DEFAULT_BASE_URL = 'https://api.kolada.se/v3';
/** The most ids Kolada takes in one path segment. */
export const MAX_IDS = 25;

/** One value of one area and year: the total (`T`) or women (`K`) / men (`M`). */
export interface KoladaValue {
	gender: string;
	/** The number; null when Kolada has no value (missing, never zero). */
	value: number | null;
	status?: string | null;
	count?: number | null;
}

/** Kolada's values for one KPI, area and period. */
export interface KoladaRecord {
	kpi: string;
	/** The area: a municipality code, `0000` (Riket), a region `00LL` or a group `G…`. */
	municipality: string;
	/** The year. */
	period: number;
	values: KoladaValue[];
}

/** A KPI's metadata, as far as the import reads it. */
export interface KoladaKpi {
	id: string;
	title: string;
	description?: string;
	operating_area?: string;
	is_divided_by_gender?: boolean;
	municipality_type?: string;
	publ_period?: string;
	publication_date?: string;
	prel_publication_date?: string;
	[key: string]: unknown;
}

export interface KoladaGroup {
	id: string;
	title: string;
	/** The member municipalities' codes. */
	members: string[];
}

/** One response body as received, for the raw JSON the import keeps. */
export interface RawPage {
	url: string;
	body: unknown;
}

/**
 * What went wrong, for a message an editor can act on (worded by the `koladaFetchFailed` message):
 * the kind, the URL, and where there are any the HTTP status, the first bytes of the body, how many
 * requests were made, and what was wrong with the shape or the network.
 */
export type KoladaErrorDetails = KoladaFailure;
export type KoladaErrorKind = KoladaFailure['kind'];

/** A request to Kolada that failed; the message names the URL, and the status and body start where there are any. */
export class KoladaError extends Error {
	readonly details: KoladaErrorDetails;
	constructor(details: KoladaErrorDetails) {
		super(describeError(details));
		this.name = 'KoladaError';
		this.details = details;
	}
}

function describeError(d: KoladaErrorDetails): string {
	const body = d.body ? `: ${d.body}` : '';
	switch (d.kind) {
		case 'http':
			return `HTTP ${d.status} from ${d.url}${d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : ''}${body}`;
		case 'network':
			return `no answer from ${d.url}${d.detail ? ` (${d.detail})` : ''}`;
		case 'json':
			return `the answer from ${d.url} is not valid JSON${body}`;
		case 'shape':
			return `the answer from ${d.url} does not have the expected shape${d.detail ? ` (${d.detail})` : ''}`;
		case 'paging':
			return `paging from ${d.url} does not end${d.detail ? ` (${d.detail})` : ''}`;
	}
}

export interface KoladaClientOptions {
	/** The API's base URL, with its version; default https://api.kolada.se/v3. */
	baseUrl?: string;
	/** The fetch to use; default the global one. */
	fetch?: typeof globalThis.fetch;
	/** Milliseconds since some epoch; default `Date.now`. */
	now?: () => number;
	/** Waits; default a timer. A fake clock advances `now` here. */
	sleep?: (ms: number) => Promise<void>;
	/** Requests allowed in any one second; default 5. */
	perSecond?: number;
	/** Attempts for one URL, the first included; default 3. */
	attempts?: number;
	/** The first back-off, doubled for each further attempt; default 1000 ms. */
	backoffMs?: number;
	/** The longest `Retry-After` worth waiting for; a longer one fails at once. Default 60 000 ms. */
	maxRetryAfterMs?: number;
	/** Records per page asked for (`per_page`); default 5000. */
	perPage?: number;
	/** Gives up on one request after this long; default 60 000 ms. */
	timeoutMs?: number;
	/** The most pages one listing may have before the client stops; default 1000. */
	maxPages?: number;
	/** Told about every request made and every wait, for progress output. */
	onEvent?: (event: { kind: 'request'; url: string; attempt: number } | { kind: 'wait'; ms: number; reason: 'rate' | 'retry'; status?: number }) => void;
}

export interface KoladaClient {
	readonly baseUrl: string;
	/** The KPI's metadata; `kpi` is undefined when Kolada does not know the id. */
	kpi(id: string): Promise<{ kpi?: KoladaKpi; pages: RawPage[] }>;
	/** The KPI's values for these areas (split into requests of at most 25 ids), every page followed. */
	data(kpi: string, areas: readonly string[], years?: readonly number[]): Promise<{ records: KoladaRecord[]; pages: RawPage[] }>;
	/** The KPI's values for every area Kolada has, in these years. */
	dataForYears(kpi: string, years: readonly number[]): Promise<{ records: KoladaRecord[]; pages: RawPage[] }>;
	/** A municipality group and its members; `group` is undefined when Kolada does not know the id. */
	group(id: string): Promise<{ group?: KoladaGroup; pages: RawPage[] }>;
}

// Lenient shapes: only what the import reads is checked; the rest passes through.
const listShape = z.looseObject({ values: z.array(z.unknown()), next_url: z.string().nullish() });
const booleanish = z.union([z.boolean(), z.number().transform((n) => n !== 0)]);
const kpiShape = z.looseObject({
	id: z.string(),
	title: z.string(),
	description: z.string().nullish(),
	operating_area: z.string().nullish(),
	is_divided_by_gender: booleanish.nullish(),
	municipality_type: z.string().nullish(),
	publ_period: z.union([z.string(), z.number()]).nullish(),
	publication_date: z.string().nullish(),
	prel_publication_date: z.string().nullish(),
});
const recordShape = z.looseObject({
	kpi: z.string(),
	municipality: z.string(),
	period: z.union([z.number().int(), z.string().regex(/^\d{4}$/).transform(Number)]),
	values: z.array(
		z.looseObject({
			gender: z.string(),
			value: z.number().nullable().optional(),
			status: z.string().nullish(),
			count: z.number().nullish(),
		}),
	),
});
const groupShape = z.looseObject({
	id: z.string(),
	title: z.string(),
	members: z.array(z.union([z.string(), z.looseObject({ id: z.string() })])).default([]),
});

/** A client for Kolada's API v3; see the module comment for what it does for you. */
export function createKoladaClient(options: KoladaClientOptions = {}): KoladaClient {
	const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
	const doFetch = options.fetch ?? globalThis.fetch;
	const now = options.now ?? Date.now;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const perSecond = options.perSecond ?? 5;
	const attempts = options.attempts ?? 3;
	const backoffMs = options.backoffMs ?? 1000;
	const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
	const perPage = options.perPage ?? 5000;
	const timeoutMs = options.timeoutMs ?? 60_000;
	const maxPages = options.maxPages ?? 1000;
	const event = options.onEvent ?? (() => {});

	// Start times of the latest requests: a new one waits until the oldest of the last `perSecond` is a second old.
	const starts: number[] = [];
	// Requests run one after another, so the window is exact even when callers do not await each other.
	let queue: Promise<unknown> = Promise.resolve();

	async function slot(): Promise<void> {
		while (starts.length >= perSecond) {
			const wait = starts[starts.length - perSecond]! + 1000 - now();
			if (wait <= 0) break;
			event({ kind: 'wait', ms: wait, reason: 'rate' });
			await sleep(wait);
		}
		starts.push(now());
		if (starts.length > perSecond) starts.splice(0, starts.length - perSecond);
	}

	/** One GET, with the rate limit and retries; the parsed JSON body. */
	async function getJson(url: string): Promise<unknown> {
		for (let attempt = 1; ; attempt++) {
			await slot();
			event({ kind: 'request', url, attempt });
			let response: Response;
			try {
				response = await doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
			} catch (error) {
				throw new KoladaError({ kind: 'network', url, attempts: attempt, detail: causeOf(error) });
			}
			const text = await response.text().catch(() => '');
			if (response.ok) {
				try {
					return JSON.parse(text) as unknown;
				} catch {
					throw new KoladaError({ kind: 'json', url, body: bodyStart(text) });
				}
			}
			const retryable = response.status === 429 || response.status >= 500;
			if (!retryable || attempt >= attempts) {
				throw new KoladaError({ kind: 'http', url, status: response.status, body: bodyStart(text), attempts: attempt });
			}
			const asked = response.status === 429 ? retryAfter(response.headers.get('retry-after'), now()) : undefined;
			if (asked !== undefined && asked > maxRetryAfterMs) {
				throw new KoladaError({ kind: 'http', url, status: response.status, body: bodyStart(text), attempts: attempt, detail: `Retry-After ${Math.ceil(asked / 1000)} s` });
			}
			const wait = asked ?? backoffMs * 2 ** (attempt - 1);
			event({ kind: 'wait', ms: wait, reason: 'retry', status: response.status });
			await sleep(wait);
		}
	}

	function serial<T>(task: () => Promise<T>): Promise<T> {
		const run = queue.then(task, task);
		queue = run.catch(() => {});
		return run;
	}

	/** Every page of a listing, following `next_url`: each page's body and its `values`. */
	async function listing(first: string): Promise<(RawPage & { values: unknown[] })[]> {
		const pages: (RawPage & { values: unknown[] })[] = [];
		const seen = new Set<string>();
		let url: string | undefined = first;
		while (url) {
			if (seen.has(url)) throw new KoladaError({ kind: 'paging', url: first, detail: `next_url repeats ${url}` });
			if (pages.length >= maxPages) throw new KoladaError({ kind: 'paging', url: first, detail: `more than ${maxPages} pages` });
			seen.add(url);
			const current: string = url;
			const body = await serial(() => getJson(current));
			const parsed = listShape.safeParse(body);
			if (!parsed.success) throw new KoladaError({ kind: 'shape', url: current, detail: 'no list "values"' });
			pages.push({ url: current, body, values: parsed.data.values });
			// An empty page ends the listing even if it names a next one.
			const next = parsed.data.next_url;
			url = next && parsed.data.values.length ? new URL(next, current).href : undefined;
		}
		return pages;
	}

	/** Every page's values checked against `shape`; a value that does not fit names its page and place. */
	function parseEach<T>(shape: z.ZodType<T>, pages: (RawPage & { values: unknown[] })[], what: string): { parsed: T[]; pages: RawPage[] } {
		const parsed = pages.flatMap((page) =>
			page.values.map((value, i) => {
				const result = shape.safeParse(value);
				if (result.success) return result.data;
				const issue = result.error.issues[0];
				const where = issue ? ` ${issue.path.join('.')}: ${issue.message}` : '';
				throw new KoladaError({ kind: 'shape', url: page.url, detail: `${what} ${i + 1}${where}` });
			}),
		);
		return { parsed, pages: pages.map(({ url, body }) => ({ url, body })) };
	}

	const withPerPage = (url: string) => `${url}?per_page=${perPage}`;
	const segment = (ids: readonly (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(',');

	async function records(urls: string[]): Promise<{ records: KoladaRecord[]; pages: RawPage[] }> {
		const all: KoladaRecord[] = [];
		const pages: RawPage[] = [];
		for (const url of urls) {
			const got = parseEach(recordShape, await listing(url), 'value');
			pages.push(...got.pages);
			all.push(...got.parsed.map(toRecord));
		}
		return { records: all, pages };
	}

	return {
		baseUrl,
		async kpi(id) {
			const { parsed, pages } = parseEach(kpiShape, await listing(`${baseUrl}/kpi/${encodeURIComponent(id)}`), 'KPI');
			const found = parsed.find((k) => k.id === id);
			return { kpi: found && toKpi(found), pages };
		},
		async data(kpi, areas, years) {
			const unique = [...new Set(areas)];
			const yearPart = years?.length ? `/year/${segment(years)}` : '';
			return records(chunks(unique, MAX_IDS).map((ids) => withPerPage(`${baseUrl}/data/kpi/${encodeURIComponent(kpi)}/municipality/${segment(ids)}${yearPart}`)));
		},
		async dataForYears(kpi, years) {
			return records(chunks([...new Set(years)], MAX_IDS).map((ys) => withPerPage(`${baseUrl}/data/kpi/${encodeURIComponent(kpi)}/year/${segment(ys)}`)));
		},
		async group(id) {
			const { parsed, pages } = parseEach(groupShape, await listing(`${baseUrl}/municipality_groups/${encodeURIComponent(id)}`), 'group');
			const found = parsed.find((g) => g.id === id);
			return {
				group: found && { id: found.id, title: found.title, members: found.members.map((m) => (typeof m === 'string' ? m : m.id)) },
				pages,
			};
		},
	};
}

/** `list` in pieces of at most `size`. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

/** The wait a `Retry-After` header asks for, in ms: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number | undefined {
	if (header === null || header.trim() === '') return undefined;
	const text = header.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The first 200 characters of a body, on one line, for an error message. */
function bodyStart(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function causeOf(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = (error as { cause?: unknown }).cause;
	const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
	return code ?? (error.name === 'TimeoutError' ? 'timeout' : error.message);
}

function toRecord(r: z.infer<typeof recordShape>): KoladaRecord {
	return {
		kpi: r.kpi,
		municipality: r.municipality,
		period: r.period,
		values: r.values.map((v) => ({
			gender: v.gender,
			value: typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null,
			...(v.status === undefined ? {} : { status: v.status }),
			...(v.count === undefined ? {} : { count: v.count }),
		})),
	};
}

function toKpi(k: z.infer<typeof kpiShape>): KoladaKpi {
	const { is_divided_by_gender, publ_period, ...rest } = k;
	const out: KoladaKpi = { ...rest, id: k.id, title: k.title } as KoladaKpi;
	for (const key of Object.keys(out)) if (out[key] === null) delete out[key];
	if (is_divided_by_gender !== undefined && is_divided_by_gender !== null) out.is_divided_by_gender = is_divided_by_gender;
	if (publ_period !== undefined && publ_period !== null) out.publ_period = String(publ_period);
	return out;
}
