/**
 * The list of all indicators of a large framework, where each area lists more than a hundred
 * cards. Nothing done to make such a list quicker to show may hide a card from a screen reader or
 * from paper: `content-visibility: auto` on the cards made the list of 20 000 ready in 2–3 s
 * instead of 9–20 s, but Chromium then left every card below the screen out of its accessibility
 * tree, and this test is how that was found (docs/performance.md, item 39). What cards there are
 * is read from the built HTML; Chromium's accessibility tree and its printed PDF must hold every one.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTree } from '../../src/lib/synth/generate.ts';
import { writeTree } from '../../src/lib/synth/write.ts';
import { page as html, runBuild, TEST_DIR } from '../build/support.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

/** Three areas of 140 indicators each (src/lib/synth/generate.ts). */
const COUNT = 420;

describe('the list of all indicators of a large framework', () => {
	const root = path.join(TEST_DIR, 'long-list');
	const tree = path.join(root, 'content');
	const dist = path.join(root, 'dist');
	let browser: Browser;
	let server: StaticServer;
	/** Each card's link text, from the HTML. */
	let cards: string[];

	beforeAll(async () => {
		rmSync(root, { recursive: true, force: true });
		writeTree(tree, generateTree({ indicators: COUNT }));
		const result = await runBuild({ MALBILD_CONTENT: tree, MALBILD_DIST: dist });
		expect(result.code, result.output).toBe(0);
		const $ = html(dist, 'indikatorer/index.html');
		cards = $('main .card h3 a').toArray().map((a) => $(a).text().replace(/\s+/g, ' ').trim());
		browser = await launchBrowser();
		server = await serveStatic(dist);
	}, 240_000);

	afterAll(async () => {
		await server?.close();
		await browser?.close();
	});

	it('lists every indicator, in areas of more than a hundred', () => {
		expect(cards).toHaveLength(COUNT);
		const $ = html(dist, 'indikatorer/index.html');
		for (const list of $('main ul.cards').toArray()) expect($(list).children('li').length).toBeGreaterThan(100);
	});

	it('has every card in the accessibility tree at phone width, also those far below the screen', async () => {
		const context = await newContext(browser, { viewport: { width: 390, height: 800 } });
		try {
			const page = await context.newPage();
			await page.goto(server.url('indikatorer/'));
			const cdp = await context.newCDPSession(page);
			const { nodes } = await cdp.send('Accessibility.getFullAXTree');
			const links = new Set(nodes.filter((n) => n.role?.value === 'link').map((n) => String(n.name?.value ?? '').trim()));
			expect(cards.filter((name) => !links.has(name))).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('prints every card', { timeout: 120_000 }, async () => {
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			await page.goto(server.url('indikatorer/'));
			const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
			let text = '';
			for (let n = 1; n <= pdf.numPages; n++) {
				const content = await (await pdf.getPage(n)).getTextContent();
				text += ` ${content.items.map((i) => ('str' in i ? `${i.str}${i.hasEOL ? ' ' : ''}` : '')).join('')}`;
			}
			const printed = text.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
			expect(cards.filter((name) => !printed.includes(`${name} `))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
