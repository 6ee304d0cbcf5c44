/**
 * The CMS for editors at /admin/ (Sveltia CMS, copied from the pinned npm package into the
 * build), opened from the built site in a real Chromium. It shows its sign-in screen in Swedish
 * and asks nothing of any other origin. "Arbeta med lokalt repository" needs a folder picker, which
 * headless Chromium cannot show: the picker is stubbed to hand over a folder in the browser's
 * private file system (OPFS) holding a copy of the content tree, so the collections, the editor
 * and saving are all exercised. What the CMS saves must pass the content check.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { contentPathIn, repositoryRoot } from '../../src/lib/cms/files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { siteSchema } from '../../src/lib/schema/site.ts';
import { entries, siteFile, translationFiles } from '../build/support.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { builds, requireBuilt, sitemapLocs } from '../support/sites.ts';

/**
 * What a host serves /admin/ with (docs/cms.md): the site's strict policy, except that the CMS
 * sets styles from its script and shows files it has read as data: and blob: addresses.
 */
const ADMIN_CSP =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const build = requireBuilt(builds.malung);
const tree = build.content;
const site = siteFile(tree);
/** The collections as an editor sees them, named from site.yaml, with how many entries each has (a translation, dialog.en.md, is part of its entry). */
const COLLECTIONS: [label: string, count: number][] = [
	['Inställningar', 1],
	[site.levels.area.plural, entries(tree, 'areas').length],
	...(site.levels.goal ? [[site.levels.goal.plural, entries(tree, 'goals').length] as [string, number]] : []),
	...(site.levels.strategy ? [[site.levels.strategy.plural, entries(tree, 'strategies').length] as [string, number]] : []),
	[site.levels.indicator.plural, entries(tree, 'indicators').length],
	['Sidor', entries(tree, 'pages').length],
];

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

/** Everything a page asks for, and everything that went wrong, from before its first request. */
function watch(page: Page, origin: string) {
	const requests: string[] = [];
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		requests.push(url);
		if (!/^(?:data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
	});
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	return { requests, problems };
}

/** A context whose folder picker hands over the folder "repo" of the browser's private file system. */
async function localContext(): Promise<BrowserContext> {
	const context = await newContext(browser);
	await context.addInitScript(() => {
		const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle>; __csp: string[] };
		w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`));
	});
	return context;
}

/** The content tree's files, as the repository has them: "content/areas/dialog.md". */
function repositoryFiles(): { path: string; text: string }[] {
	const prefix = contentPathIn(repositoryRoot(tree), tree);
	const out: { path: string; text: string }[] = [];
	const walk = (rel: string) => {
		for (const name of readdirSync(path.join(tree, rel))) {
			const file = rel ? `${rel}/${name}` : name;
			if (statSync(path.join(tree, file)).isDirectory()) walk(file);
			else out.push({ path: prefix ? `${prefix}/${file}` : file, text: readFileSync(path.join(tree, file), 'utf8') });
		}
	};
	walk('');
	return out;
}

/** Puts a copy of the repository (a .git folder and the content tree) where the stubbed picker finds it. */
async function fillRepository(page: Page): Promise<void> {
	await page.evaluate(async (files) => {
		const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
		await root.getDirectoryHandle('.git', { create: true });
		for (const file of files) {
			const parts = file.path.split('/');
			let dir = root;
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(file.text);
			await writable.close();
		}
	}, repositoryFiles());
}

/** A file of the copy, as the CMS left it. */
function readRepository(page: Page, file: string): Promise<string | undefined> {
	return page.evaluate(async (file) => {
		let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
		const parts = file.split('/');
		try {
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
			return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
		} catch {
			return undefined;
		}
	}, file);
}

/** Opens /admin/ and chooses "Arbeta med lokalt repository": the collection list shows. */
async function openLocal(page: Page, server: StaticServer): Promise<void> {
	await page.goto(server.url('admin/'));
	await fillRepository(page);
	await page.getByRole('button', { name: 'Arbeta med lokalt repository' }).click();
	await expect.poll(() => page.getByRole('tree', { name: 'Samlingslista' }).isVisible(), { timeout: 15_000 }).toBe(true);
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the admin page in the built site', () => {
	const file = path.join(build.dist, 'admin', 'index.html');
	const html = readFileSync(file, 'utf8');
	const $ = load(html);

	test('is a small, valid HTML page in Swedish that search engines leave out', async () => {
		expect($('html').attr('lang')).toBe('sv');
		expect($('title').text()).toBe(`Redigera ${site.title}`);
		expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(file);
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
	});

	test('loads one script from the site itself, with no inline code or style (ready for a CSP without unsafe-inline scripts)', () => {
		expect($('script').toArray().map((el) => $(el).attr('src'))).toEqual(['/admin/sveltia-cms.js']);
		expect($('style, [style]').length).toBe(0);
		expect($('link[rel="cms-config-url"]').attr('href')).toBe('/admin/config.yml');
		expect(html).not.toMatch(/\bhttps?:\/\//);
	});

	test('is not in the sitemap, and no page for readers links to it', () => {
		const locs = sitemapLocs(readFileSync(path.join(build.dist, 'sitemap.xml'), 'utf8'));
		expect(locs.filter((l) => l.includes('admin'))).toEqual([]);
		expect(readFileSync(path.join(build.dist, 'index.html'), 'utf8')).not.toContain('/admin/');
	});

	test('has the app, its translations and fonts copied in; nothing to fetch from a CDN', () => {
		for (const f of ['sveltia-cms.js', 'locales/sv.json', 'fonts/source-sans-3-latin-wght-normal.woff2', 'fonts/material-symbols-outlined-latin-wght-normal.woff2']) {
			expect(statSync(path.join(build.dist, 'admin', f)).size, f).toBeGreaterThan(1000);
		}
		const script = readFileSync(path.join(build.dist, 'admin', 'sveltia-cms.js'), 'utf8');
		expect(script).not.toContain('cdn.jsdelivr.net');
	});
});

describe('the CMS in a browser', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(build.dist, { base: build.base, csp: ADMIN_CSP });
	});
	afterAll(async () => {
		await server?.close();
	});

	test('/admin/config.yml is the configuration generated from the schemas, with a collection per folder', async () => {
		const response = await fetch(server.url('admin/config.yml'));
		expect(response.status).toBe(200);
		const config = parse(await response.text());
		const root = repositoryRoot(tree);
		const expected = cmsConfig({ site: siteSchema.parse(parse(readFileSync(path.join(tree, 'site.yaml'), 'utf8'))), contentPath: contentPathIn(root, tree), repositoryName: path.basename(root) });
		expect(config).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(config.collections.map((c: { label: string }) => c.label)).toEqual(COLLECTIONS.map(([label]) => label));
	});

	test('opens on its sign-in screen, in Swedish, and asks nothing of another origin', async () => {
		const context = await localContext();
		const page = await context.newPage();
		// The CMS is a large app: on a busy 2-core machine an action can take longer than Playwright's 30 s default.
		page.setDefaultTimeout(90_000);
		const { requests, problems } = watch(page, server.origin);
		await page.goto(server.url('admin/'));
		await expect.poll(() => page.getByRole('button', { name: 'Arbeta med lokalt repository' }).isVisible(), { timeout: 15_000 }).toBe(true);
		// Sveltia wraps names in invisible direction marks: "Logga in med ⁨GitHub⁩".
		await expect(page.getByRole('button', { name: /^Logga in med \W?GitHub\W?$/ }).isVisible()).resolves.toBe(true);
		// Give the app time to make the requests it makes on its own (version and status checks, fonts).
		await page.waitForTimeout(1500);
		expect(requests).toEqual(expect.arrayContaining([server.url('admin/sveltia-cms.js'), server.url('admin/locales/sv.json'), expect.stringContaining(server.url('admin/config.yml'))]));
		expect(problems).toEqual([]);
		expect(await cspViolations(page)).toEqual([]);
		await context.close();
	});

	test('with the local repository chosen, lists the collections with their entries, still asking nothing of another origin', { timeout: 180_000 }, async () => {
		const context = await localContext();
		const page = await context.newPage();
		// The CMS is a large app: on a busy 2-core machine an action can take longer than Playwright's 30 s default.
		page.setDefaultTimeout(90_000);
		const { problems } = watch(page, server.origin);
		await openLocal(page, server);
		const list = page.getByRole('tree', { name: 'Samlingslista' });
		const items = await list.getByRole('treeitem').allInnerTexts();
		// Each collection with the number of files the editor has in it.
		// (After the name of its icon, which the icon font draws.)
		expect(items.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(COLLECTIONS.map(([label, count]) => expect.stringMatching(new RegExp(`(?:^| )${label} ${count}$`))));
		// An indicator opens in the editor with the schema's labels and help texts.
		await page.goto(`${server.url('admin/')}#/collections/indicators/entries/mark-och-planberedskap`);
		await expect.poll(() => page.getByText('Indikatorn, ordagrant som i målbilden.').isVisible(), { timeout: 15_000 }).toBe(true);
		await expect(page.getByText('Är högre eller lägre värden bättre? Måste anges för varje indikator med data.').isVisible()).resolves.toBe(true);
		await expect(page.getByText('Företagsmark').first().isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
		expect(await cspViolations(page)).toEqual([]);
		await context.close();
	});

	test('what the CMS saves, an edit and a new indicator, passes the content check', { timeout: 180_000 }, async () => {
		const context = await localContext();
		const page = await context.newPage();
		// The CMS is a large app: on a busy 2-core machine an action can take longer than Playwright's 30 s default.
		page.setDefaultTimeout(90_000);
		const { problems } = watch(page, server.origin);
		await openLocal(page, server);
		const prefix = contentPathIn(repositoryRoot(tree), tree);

		// An edit to an indicator with two series, targets and a data file.
		await page.goto(`${server.url('admin/')}#/collections/indicators/entries/mark-och-planberedskap`);
		const order = page.getByRole('spinbutton', { name: 'Ordning' });
		await expect.poll(() => order.isVisible(), { timeout: 15_000 }).toBe(true);
		await order.fill('7');
		await page.getByRole('button', { name: 'Spara' }).click();
		await expect.poll(() => readRepository(page, `${prefix}/indicators/mark-och-planberedskap.md`), { timeout: 10_000 }).toMatch(/^order: 7$/m);

		// A new qualitative indicator: a title, an area and a direction.
		await page.goto(`${server.url('admin/')}#/collections/indicators/new`);
		const title = page.getByRole('textbox', { name: 'Rubrik' });
		await expect.poll(() => title.isVisible(), { timeout: 15_000 }).toBe(true);
		await title.fill('Andel nöjda medborgare');
		const areas = entries(tree, 'areas');
		await page.getByRole('radio', { name: areas[0]!.data.title }).check();
		await page.getByRole('radio', { name: 'Högre är bättre' }).check();
		await page.getByRole('button', { name: 'Spara' }).click();
		// Sveltia makes the id from the title (ö as oe, or as o in some versions); the content check accepts any a–z id.
		let id = '';
		await expect
			.poll(async () => {
				for (const candidate of ['andel-noejda-medborgare', 'andel-nojda-medborgare']) if (await readRepository(page, `${prefix}/indicators/${candidate}.md`)) id = candidate;
				return id;
			}, { timeout: 10_000 })
			.not.toBe('');
		const made = `${prefix}/indicators/${id}.md`;
		// A new entry starts in the default language only: no empty translation is written beside it.
		expect(await readRepository(page, `${prefix}/indicators/${id}.en.md`)).toBeUndefined();
		// The translation of the edited indicator, as the CMS left it, is checked with the rest.
		const translation = `${prefix}/indicators/mark-och-planberedskap.en.md`;
		// Saving the edit rewrites the translation: the series and the source keep their English texts, and only those.
		const saved = parse(/^---\n([\s\S]*?)\n---/.exec((await readRepository(page, translation)) ?? '')?.[1] ?? '') as { series?: object[]; source?: object } | undefined;
		const original = translationFiles(tree, 'indicators', 'en').find((t) => t.id === 'mark-och-planberedskap')!.data;
		expect({ series: saved?.series, source: saved?.source }).toEqual({ series: original.series, source: original.source });

		const copy = mkdtempSync(path.join(tmpdir(), 'malbild-cms-'));
		try {
			cpSync(tree, copy, { recursive: true });
			for (const file of [`${prefix}/indicators/mark-och-planberedskap.md`, made, translation]) {
				const text = await readRepository(page, file);
				if (text !== undefined) writeFileSync(path.join(copy, file.slice(prefix ? prefix.length + 1 : 0)), text);
			}
			const created = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(copy, 'indicators', `${id}.md`), 'utf8'))![1]!);
			expect(created).toMatchObject({ title: 'Andel nöjda medborgare', area: areas[0]!.id, direction: 'higher' });
			const { model, problems: found } = validateContent(copy);
			expect(found.filter((p) => p.severity === 'error')).toEqual([]);
			expect(model?.indicators.map((i) => i.id)).toEqual(expect.arrayContaining(['mark-och-planberedskap', id]));
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
		// Known Sveltia bug: with English published (i18n multiple_files, initial_locales: default) it logs
		// this one error when a new entry is saved, though the files it writes are right (checked above).
		// Only this exact message is let through, only here.
		expect(problems.filter((p) => p !== 'script error: Cannot convert undefined or null to object')).toEqual([]);
		await context.close();
	});

	test('a CSV file uploaded through the CMS lands in the data folder, its name made safe', { timeout: 180_000 }, async () => {
		const context = await localContext();
		const page = await context.newPage();
		// The CMS is a large app: on a busy 2-core machine an action can take longer than Playwright's 30 s default.
		page.setDefaultTimeout(90_000);
		const { problems } = watch(page, server.origin);
		await openLocal(page, server);
		await page.goto(`${server.url('admin/')}#/assets`);
		const upload = page.getByRole('button', { name: 'Ladda upp' });
		await expect.poll(() => upload.first().isVisible(), { timeout: 15_000 }).toBe(true);
		await page.locator('input[type=file]').first().setInputFiles({ name: 'Nöjda medborgare 2024.csv', mimeType: 'text/csv', buffer: Buffer.from('År;Värde\n2024;61\n') });
		await expect.poll(() => page.getByText('Ladda upp resurser').isVisible()).toBe(true);
		await upload.last().click();
		const prefix = contentPathIn(repositoryRoot(tree), tree);
		await expect.poll(() => readRepository(page, `${prefix}/data/noejda-medborgare-2024.csv`), { timeout: 10_000 }).toBe('År;Värde\n2024;61\n');
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('the CMS under the base path /malbild/', () => {
	test('opens from /malbild/admin/ with its files under the base path, and asks nothing of another origin', async () => {
		const based = requireBuilt(builds.malungBase);
		const server = await serveStatic(based.dist, { base: based.base, csp: ADMIN_CSP });
		const context = await localContext();
		try {
			const page = await context.newPage();
		// The CMS is a large app: on a busy 2-core machine an action can take longer than Playwright's 30 s default.
		page.setDefaultTimeout(90_000);
			const { requests, problems } = watch(page, server.origin);
			await page.goto(server.url('admin/'));
			await expect.poll(() => page.getByRole('button', { name: 'Arbeta med lokalt repository' }).isVisible(), { timeout: 15_000 }).toBe(true);
			await page.waitForTimeout(1000);
			expect(requests.filter((r) => r.startsWith(server.origin)).every((r) => r.startsWith(`${server.origin}/malbild/`))).toBe(true);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
			await server.close();
		}
	});
});
