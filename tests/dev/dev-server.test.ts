/**
 * `npm run dev` as an editor uses it: a page open in the browser, and each saved change to the
 * content shows in that page without a restart and without the editor reloading it. A mistake
 * shows the same message the build gives, and fixing it brings the page back.
 *
 * Runs on a copy of the Smedjebacken example (the tests edit its files).
 */
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { keptValidationFile } from '../../src/lib/content/validation-cache.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// A fixed folder, so that Astro's cache for it (keyed by the content folder) serves the next run.
const TREE = path.join(ROOT, '.malbild', 'test', 'dev-tree');
const PAGE = 'indikatorer/arets-resultat/';
const MARKDOWN = path.join(TREE, 'indicators', 'arets-resultat.md');
const CSV = path.join(TREE, 'data', 'arets-resultat.csv');
/** How long a saved change may take to show: generous, for a busy 2-core machine. */
const SHOWN_WITHIN = { timeout: 45_000, interval: 250 };

let server: DevServer;
let browser: Browser;
let page: Page;
/** How many times the open page was loaded (the first time included). */
let loads = 0;
/** When the last change was saved. */
let saved = 0;

/** Saves a file with the changes made, as an editor does: each [from, to] once. */
function edit(file: string, ...changes: [from: string | RegExp, to: string][]): void {
	let text = readFileSync(file, 'utf8');
	for (const [from, to] of changes) {
		const changed = text.replace(from, to);
		if (changed === text) throw new Error(`${path.relative(TREE, file)} has no ${String(from)} to change`);
		text = changed;
	}
	writeFileSync(file, text);
	saved = Date.now();
}

/** The open page's visible text, or '' while it is reloading. */
const visibleText = () => page.locator('body').innerText({ timeout: 2000 }).catch(() => '');
/** The open page's main heading, or '' while it is reloading. */
const heading = () => page.getByRole('heading', { level: 1 }).textContent({ timeout: 2000 }).catch(() => '');
/** Whether the open page shows `text` (the dev server's error overlay included). */
const shows = (text: string) => () => page.getByText(text).first().isVisible().catch(() => false);

beforeAll(async () => {
	rmSync(TREE, { recursive: true, force: true });
	cpSync(path.join(ROOT, 'examples', 'smedjebacken'), TREE, { recursive: true });
	server = await startDevServer(TREE, PAGE);
	browser = await launchBrowser();
	page = await (await newContext(browser)).newPage();
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) loads++;
	});
	// Vite's client connects after the page has loaded; a reload the server kept for it comes next.
	const connected = page.waitForEvent('console', { predicate: (m) => m.text() === '[vite] connected.', timeout: 60_000 });
	await page.goto(server.url(PAGE));
	await connected;
});

// What the dev server said explains most failures: show its last lines.
beforeEach(() => onTestFailed(() => console.error(`The dev server's last output:\n${server.output().slice(-4000)}`)));

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('npm run dev', () => {
	it('serves the indicator page', async () => {
		expect(await heading()).toBe('Ekonomiskt överskott varje år');
		expect(await visibleText()).toContain('I exemplet följs målet upp med årets resultat');
	}, 60_000);

	it('does not reload the page the editor just opened', async () => {
		// A reload would come right after Vite's client connected: give it time to arrive.
		await page.waitForTimeout(1000);
		expect(loads).toBe(1);
	}, 60_000);

	it('shows an edited title and text in the open page, without a restart', async () => {
		edit(MARKDOWN, [/^title: Ekonomiskt överskott varje år$/m, 'title: Överskott varje år, ändrad'], ['I exemplet följs målet upp', 'I det ändrade exemplet följs målet upp']);
		await expect.poll(heading, SHOWN_WITHIN).toBe('Överskott varje år, ändrad');
		await expect.poll(visibleText, SHOWN_WITHIN).toContain('I det ändrade exemplet följs målet upp');
	}, 60_000);

	it('shows both of two saves made one right after the other', async () => {
		edit(MARKDOWN, [/^title: Överskott varje år, ändrad$/m, 'title: Överskott varje år, sparad två gånger']);
		edit(MARKDOWN, ['I det ändrade exemplet', 'I det två gånger ändrade exemplet']);
		await expect.poll(heading, SHOWN_WITHIN).toBe('Överskott varje år, sparad två gånger');
		await expect.poll(visibleText, SHOWN_WITHIN).toContain('I det två gånger ändrade exemplet följs målet upp');
	}, 60_000);

	it('shows an edited value from the CSV file in the open page', async () => {
		expect(await visibleText()).not.toContain('77,7');
		edit(CSV, [/^2019;mnkr;4,1$/m, '2019;mnkr;77,7']);
		await expect.poll(() => page.locator('table').first().innerText({ timeout: 2000 }).catch(() => ''), SHOWN_WITHIN).toMatch(/2019\s+77,7/);
	}, 60_000);

	it('shows the editor what is wrong with a saved mistake, and the page again once it is fixed', async () => {
		edit(MARKDOWN, [/^goal: stark-ekonomi$/m, 'goal: stark-ekonomin']);
		// The same message the build gives: the file, the line, the field and what exists.
		await expect.poll(shows('indicators/arets-resultat.md rad 4, fältet goal: Mål "stark-ekonomin" finns inte.'), SHOWN_WITHIN).toBe(true);
		expect(await shows('Menade du "stark-ekonomi"?')()).toBe(true);
		// The editor reads the message before fixing it.
		await page.waitForLoadState('networkidle');
		edit(MARKDOWN, [/^goal: stark-ekonomin$/m, 'goal: stark-ekonomi']);
		await expect.poll(heading, SHOWN_WITHIN).toBe('Överskott varje år, sparad två gånger');
	}, 90_000);

	it('shows, started again, a value changed while it was stopped', async () => {
		// The dev server keeps its last validation on disk, for a quicker start on an unchanged tree:
		// once it has kept the current one, a change made while it is stopped must still show.
		const kept = keptValidationFile(TREE);
		await expect.poll(() => statSync(kept, { throwIfNoEntry: false })?.mtimeMs ?? 0, SHOWN_WITHIN).toBeGreaterThan(saved);
		await server.stop();
		edit(CSV, [/^2019;mnkr;77,7$/m, '2019;mnkr;88,8']);
		server = await startDevServer(TREE, PAGE);
		await page.goto(server.url(PAGE));
		expect(await heading()).toBe('Överskott varje år, sparad två gånger');
		expect(await page.locator('table').first().innerText()).toMatch(/2019\s+88,8/);
	}, 240_000);
});
