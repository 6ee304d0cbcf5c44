/**
 * The browser for the end-to-end tests: the system's Chromium driven by playwright-core. Nothing is
 * ever downloaded. Without a browser the tests fail (never skip) and say how to get one.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const executable = (file: string) => {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** The Chromium to use: CHROME_PATH, else Debian's /usr/bin/chromium (or a usual alternative). */
export function chromePath(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
	if (env.CHROME_PATH) {
		if (executable(env.CHROME_PATH)) return env.CHROME_PATH;
		throw new Error(`CHROME_PATH pekar på ${env.CHROME_PATH}, men där finns ingen körbar webbläsare. Rätta CHROME_PATH eller installera Chromium: sudo apt-get install chromium`);
	}
	const found = candidates.find(executable);
	if (found) return found;
	throw new Error(
		'Ingen Chromium hittades, och webbläsartesterna kräver en. Installera den (Debian/Ubuntu: sudo apt-get install chromium) ' +
			'eller peka CHROME_PATH på en Chromium eller Chrome du redan har, t.ex. CHROME_PATH=/usr/bin/google-chrome npm test.',
	);
}

/** Flags for a quiet headless Chromium that talks to nobody but the test server. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
}

/** A context as a Swedish reader has it: Swedish locale, reduced motion so charts draw at once. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	return browser.newContext({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * Runs `task` for every item, at most `concurrency` at a time, each worker with its own browser
 * context (made by `makeContext`). Results come back in input order. Contexts are closed at the end.
 */
export async function inContexts<T, R>(
	items: readonly T[],
	makeContext: () => Promise<BrowserContext>,
	task: (context: BrowserContext, item: T) => Promise<R>,
	concurrency = 3,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		const context = await makeContext();
		try {
			while (next < items.length) {
				const index = next++;
				results[index] = await task(context, items[index]!);
			}
		} finally {
			await context.close();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	return results;
}

/** At most `n` of the wrapped calls run at a time: concurrent tests share a 2-core machine. */
export function limit(n: number): <R>(task: () => Promise<R>) => Promise<R> {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		// A finished task hands its slot straight to the next waiting one.
		if (active >= n) await new Promise<void>((go) => waiting.push(go));
		else active++;
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else active--;
		}
	};
}

/**
 * Runs tasks on at most `n` workers at a time, each worker a set of resources (browser tabs) made
 * once by `make` and reused: opening a tab costs more than loading a page in one.
 */
export function workers<W>(n: number, make: () => Promise<W>): <R>(task: (worker: W) => Promise<R>) => Promise<R> {
	const run = limit(n);
	const free: W[] = [];
	return (task) =>
		run(async () => {
			const worker = free.pop() ?? (await make());
			try {
				return await task(worker);
			} finally {
				free.push(worker);
			}
		});
}
