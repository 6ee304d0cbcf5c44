/**
 * `npm run bench -- --dev`: the dev server on the synthetic trees, against the bare Astro project's
 * own dev server. For each run, (a) `npm run dev`'s command on Målbild's tree and (b) `astro dev` on
 * the bare project, in turn: the time from start to the first indicator page. Målbild starts twice:
 * on the tree as the last start left it, which it finds validated already (src/lib/content/
 * validated.ts), and once one file has changed since, which it must validate. On (a) also how long
 * an edited Markdown body and an edited CSV value take to show on that page. The tree's files are
 * put back as they were, and each run waits until the server has kept that tree's validation.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keptValidationFile } from '../src/lib/content/validation-cache.ts';
import { freePort } from './free-port.ts';

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

export interface DevRun {
	/** Seconds from start to the first page. */
	firstPage: number;
	/** Målbild: the same, once a file has changed since the last start. */
	changedFirstPage?: number;
	/** Seconds from saving to the page showing the edit. */
	markdown?: number;
	csv?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds until `url` answers 200 with a page that passes `ready` (2 minutes at most). */
async function secondsUntil(url: string, ready: (html: string) => boolean = () => true): Promise<number> {
	const start = performance.now();
	while (performance.now() - start < 120_000) {
		const html = await fetch(url, { signal: AbortSignal.timeout(60_000) })
			.then((r) => (r.ok ? r.text() : undefined))
			.catch(() => undefined);
		if (html !== undefined && ready(html)) return (performance.now() - start) / 1000;
		await sleep(50);
	}
	throw new Error(`${url} visade inte ändringen inom 2 minuter`);
}

/**
 * The port every run uses. Astro keys its content cache on its configuration, the port included:
 * a new port at each start would empty the cache, which an editor's `npm run dev` (always on 4321)
 * never does.
 */
let port: Promise<number> | undefined;

/** Starts `astro dev` in `cwd`, runs `task` with its origin, and stops it. */
async function withDevServer<T>(cwd: string, env: Record<string, string>, task: (origin: string, started: number) => Promise<T>): Promise<T> {
	const listen = await (port ??= freePort());
	const started = performance.now();
	const child = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(listen)], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		detached: true,
		stdio: 'ignore',
	});
	try {
		return await task(`http://127.0.0.1:${listen}`, started);
	} finally {
		process.kill(-child.pid!, 'SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
}

/** Replaces `from` in a file, runs `task`, and puts the file back. */
async function edited<T>(file: string, from: RegExp, to: string, task: () => Promise<T>): Promise<T> {
	const original = readFileSync(file, 'utf8');
	if (!from.test(original)) throw new Error(`${file}: ${from} finns inte`);
	writeFileSync(file, original.replace(from, to));
	try {
		return await task();
	} finally {
		writeFileSync(file, original);
	}
}

/**
 * (a): Målbild's dev server on `tree`, with `npm run dev`'s settings; with `changed`, one data file
 * is touched first, as a `git pull` would change it, so the server must validate the tree again.
 */
export function devRunMalbild(tree: string, { changed = false } = {}): Promise<DevRun> {
	const env = { MALBILD_CONTENT: tree, NODE_COMPILE_CACHE: path.resolve('.malbild/cache/node') };
	if (changed) utimesSync(path.join(tree, 'data/indikator-2.csv'), new Date(), new Date());
	return withDevServer(process.cwd(), env, async (origin, started) => {
		const url = `${origin}/indikatorer/indikator-1/`;
		await secondsUntil(url);
		const firstPage = (performance.now() - started) / 1000;
		const markdown = await edited(path.join(tree, 'indicators/indikator-1.md'), /^Påhittad indikator 1\.$/m, 'Ändrad text för indikator 1.', () =>
			secondsUntil(url, (html) => html.includes('Ändrad text för indikator 1.')),
		);
		const csv = await edited(path.join(tree, 'data/indikator-1.csv'), /^2005;Alfa;[\d,]+$/m, '2005;Alfa;12345,6', () =>
			secondsUntil(url, (html) => html.includes('345,6')),
		);
		// The tree as it was again, validated and kept, for the next start.
		const restored = Date.now();
		await secondsUntil(url, (html) => !html.includes('12345,6') && !html.includes('Ändrad text'));
		await keptSince(tree, restored);
		return { firstPage, markdown, csv };
	});
}

/** Waits until the dev server has kept a validation of `tree` made after `since` (1 minute at most). */
async function keptSince(tree: string, since: number): Promise<void> {
	const file = keptValidationFile(tree);
	for (const end = Date.now() + 60_000; Date.now() < end; await sleep(200)) {
		if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > since) return;
	}
	throw new Error(`${file} skrevs inte inom en minut`);
}

/** (b): the bare project's dev server. */
export function devRunBare(project: string): Promise<DevRun> {
	return withDevServer(project, {}, async (origin, started) => {
		await secondsUntil(`${origin}/indikator-1/`);
		return { firstPage: (performance.now() - started) / 1000 };
	});
}
