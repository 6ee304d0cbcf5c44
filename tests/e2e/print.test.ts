/**
 * The print edition as paper: Chromium prints /utskrift/ (and /en/print/) to an A4 PDF, which
 * pdfjs-dist reads back. Each area begins a page of its own, in order; the first page has the
 * organisation, the title and the vision; every indicator is in it; none of the site's chrome is.
 * The first two pages of each site's PDF are drawn to PNG for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { entries, indicatorsOfArea, siteFile, translationFiles, type EntryFile } from '../build/support.ts';
import { RESULTS_DIR, rootBuilds, type TreeBuild } from '../support/sites.ts';

const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');
/** A4 in PDF points; the running footer sits in the bottom margin (18 mm ≈ 51 pt). */
const FOOTER_TOP = 52;

const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

/** Text as the tests compare it: one space between words, no soft hyphens, NFC. */
const norm = (text: string) => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');

/** Each page's text without the running footer, and the footer's text apart. */
async function pagesOf(pdf: PDFDocumentProxy): Promise<{ body: string; footer: string }[]> {
	const pages = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		const items = content.items.filter((i) => 'str' in i);
		const join = (list: typeof items) => norm(list.map((i) => `${i.str}${i.hasEOL ? ' ' : ''}`).join(''));
		pages.push({ body: join(items.filter((i) => i.transform[5] >= FOOTER_TOP)), footer: join(items.filter((i) => i.transform[5] < FOOTER_TOP)) });
	}
	return pages;
}

async function printPdf(build: TreeBuild, sitePath: string): Promise<Uint8Array> {
	const server = await serveStatic(build.dist, { base: build.base });
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(server.url(sitePath));
		return new Uint8Array(await page.pdf({ format: 'A4' }));
	} finally {
		await context.close();
		await server.close();
	}
}

/** Draws PDF pages to PNG with pdfjs and the canvas package it brings along for Node (@napi-rs/canvas). */
async function drawPages(pdf: PDFDocumentProxy, count: number, name: string): Promise<string[]> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const files = [];
	for (let n = 1; n <= Math.min(count, pdf.numPages); n++) {
		const page = await pdf.getPage(n);
		const viewport = page.getViewport({ scale: 1.5 });
		const factory = pdf.canvasFactory as { create(width: number, height: number): { canvas: { toBuffer(type: string): Buffer } } };
		const { canvas } = factory.create(viewport.width, viewport.height);
		await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
		const file = path.join(SCREENSHOTS, `print-${name}-page${n}.png`);
		writeFileSync(file, canvas.toBuffer('image/png'));
		files.push(file);
	}
	return files;
}

const byOrder = (list: EntryFile[]) =>
	[...list].sort((a, b) => ((a.data.order as number) ?? Infinity) - ((b.data.order as number) ?? Infinity) || String(a.data.title).localeCompare(String(b.data.title), 'sv'));

for (const build of rootBuilds) {
	const site = siteFile(build.content) as ReturnType<typeof siteFile> & { vision: string; translations?: { en?: { vision?: string } } };
	const areas = byOrder(entries(build.content, 'areas'));
	const indicators = entries(build.content, 'indicators');
	const name = path.basename(build.dist);

	describe(`${build.name}: the print edition as a PDF`, () => {
		test.each([
			['utskrift/', 'sv'],
			['en/print/', 'en'],
		])('%s prints one section per area, in order, with every indicator and no navigation', { timeout: 120_000 }, async (sitePath, locale) => {
			const task = getDocument({ data: await printPdf(build, sitePath), disableFontFace: true, verbosity: 0 });
			try {
				const pdf = await task.promise;
				const pages = await pagesOf(pdf);
				const all = pages.map((p) => p.body).join(' ');

				// The English edition has the translations where there are any, else the Swedish text.
				const english = locale === 'en' ? site.translations?.en : undefined;
				const titleOf = (folder: string, e: EntryFile) =>
					String((locale === 'en' && translationFiles(build.content, folder, 'en').find((t) => t.id === e.id)?.data.title) || e.data.title);

				// The title page: organisation, title, vision.
				expect(pages[0]!.body).toContain(norm(site.organisation));
				expect(pages[0]!.body).toContain(norm(english?.title ?? site.title));
				for (const paragraph of (english?.vision ?? site.vision).split(/\n\s*\n/)) expect(pages[0]!.body).toContain(norm(paragraph));

				// Each area begins a page, under its level name, in the site's order; no other page begins so.
				const level = norm(english?.levels?.area?.singular ?? site.levels.area.singular);
				const starts = pages.flatMap((p, n) => (p.body.startsWith(`${level} `) ? [{ n, body: p.body.slice(level.length + 1) }] : []));
				expect(starts.map((s) => s.n)).not.toContain(0);
				expect(starts).toHaveLength(areas.length);
				areas.forEach((a, k) => expect(starts[k]!.body.startsWith(norm(`${a.data.code ? `${a.data.code}. ` : ''}${titleOf('areas', a)}`)), `page ${starts[k]!.n + 1} begins ${titleOf('areas', a)}`).toBe(true));

				for (const i of indicators) expect(all, `the indicator ${i.id}`).toContain(norm(titleOf('indicators', i)));

				// None of the site's chrome: skip link, breadcrumbs, the how-to-print hint, the footer.
				const chrome = locale === 'en' ? ['Skip to content', 'You are here', 'Ctrl+P', 'Built with Målbild', 'Open data'] : ['Hoppa till innehållet', 'Du är här', 'Ctrl+P', 'Byggd med Målbild', 'Öppna data'];
				for (const text of chrome) expect(all).not.toContain(text);
				// The running footer from page 2 on: the organisation and "page / pages".
				expect(pages[0]!.footer).toBe('');
				pages.slice(1).forEach((p, k) => expect(p.footer).toContain(`${k + 2} / ${pages.length}`));

				if (locale === 'sv') {
					const files = await drawPages(pdf, 2, name);
					expect(files).toHaveLength(2);
				} else {
					expect(pages[0]!.body).toMatch(/Data up to \d{4}/);
				}
			} finally {
				await task.destroy();
			}
		});

		test.each(areas.map((a) => [`utskrift/${a.id}/`, a] as const))('%s prints its area from the first page, with its indicators and no navigation', { timeout: 120_000 }, async (sitePath, area) => {
			const task = getDocument({ data: await printPdf(build, sitePath), disableFontFace: true, verbosity: 0 });
			try {
				const pdf = await task.promise;
				const pages = await pagesOf(pdf);
				const all = pages.map((p) => p.body).join(' ');
				// The organisation, the title and the area on the first page: a committee prints its area without a cover sheet.
				for (const text of [site.organisation, site.title, `${area.data.code ? `${area.data.code}. ` : ''}${area.data.title}`]) expect(pages[0]!.body).toContain(norm(text));
				const own = indicatorsOfArea(build.content, area.id).map((i) => i.id);
				for (const i of indicators.filter((i) => own.includes(i.id))) expect(all, `the indicator ${i.id}`).toContain(norm(String(i.data.title)));
				for (const i of indicators.filter((i) => !own.includes(i.id))) expect(all, `not the indicator ${i.id}`).not.toContain(norm(String(i.data.title)));
				for (const text of ['Hoppa till innehållet', 'Du är här', 'Ctrl+P', 'Byggd med Målbild']) expect(all).not.toContain(text);
				pages.slice(1).forEach((p, k) => expect(p.footer).toContain(`${k + 2} / ${pages.length}`));
				if (area === areas[0]) expect(await drawPages(pdf, 1, `${name}-${area.id}`)).toHaveLength(1);
			} finally {
				await task.destroy();
			}
		});
	});
}
