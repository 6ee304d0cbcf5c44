/**
 * Issue 5's whole chain, end to end: an indicator with a `kolada:` block (KPI, municipality,
 * Riket and a group of similar municipalities, gender) in a copy of content/ → `node
 * scripts/kolada.ts` against the local Kolada v3 stand-in → `node scripts/build.ts` → the built
 * page, its chart data and table, the downloads and the DCAT catalogue; then, in a browser, the
 * gender choice above the chart: "Kvinnor" shows the women's line and hides the men's, by keyboard,
 * with a visible focus ring.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { cspViolations, openPage, recordCspViolations } from '../support/page.ts';
import { dcat, Graph, parseRdfXml } from '../support/rdf.ts';
import { CSP, serveStatic } from '../support/server.ts';
import { database, startKolada } from '../unit/kolada/server.ts';
import { clean, page, raw, ROOT, runBuild, siteFile } from './support.ts';

const ID = 'kolada-exempel';
const SITE = 'https://malbild.example/';
const TITLE = 'Provnyckeltal för tester, andel (%)';
const PAGED = '/v3/data/kpi/N15508/municipality/2023,0000,G12345';
const ROUTES = {
	'/v3/kpi/N15508': { file: 'kpi-N15508.json' },
	[`${PAGED}?per_page=5000`]: { file: 'data-paged-1.json' },
	[`${PAGED}?page=2&per_page=5000`]: { file: 'data-paged-2.json' },
};
/** The fixtures' values for 2024 (tests/fixtures/kolada/data-paged-2.json). */
const LATEST = { total: 76.4, Kvinnor: 79, Män: 73.9, Riket: 74.6, 'Liknande kommuner': 73.1 };

const INDICATOR = `---
title: Andelen elever som är behöriga till gymnasiet ska öka.
area: naringsliv
data: ${ID}.csv
unit: "%"
direction: higher
decimals: 1
target: { kind: compare, relation: above, against: Riket }
sample: true
source:
  name: Kolada
  url: https://www.kolada.se/
  kolada: N15508
kolada:
  kpi: N15508
  municipality: "2023"
  title: "${TITLE}"
  comparisons:
    - { id: "0000", label: Riket }
    - { id: G12345, label: Liknande kommuner }
  gender: true
---

Exempel på en indikator vars värden hämtas från Kolada.
`;

type Row = Record<string, string>;
interface ChartJson {
	labels: string[];
	datasets: { label: string; data: (number | null)[]; main: boolean; gender?: string; colour: string }[];
}

let dir: string;
let content: string;
let dist: string;
let organisation: string;
let fetchOutput = '';

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'malbild-kolada-chain-'));
	content = path.join(dir, 'content');
	dist = path.join(dir, 'dist');
	cpSync(path.join(ROOT, 'content'), content, { recursive: true });
	writeFileSync(path.join(content, 'indicators', `${ID}.md`), INDICATOR);
	organisation = siteFile(content).organisation;

	const server = await startKolada(ROUTES, database());
	try {
		const { stdout } = await promisify(execFile)(process.execPath, ['scripts/kolada.ts', '--only', ID, '--base-url', server.base], {
			cwd: ROOT,
			env: { ...process.env, MALBILD_CONTENT: content, MALBILD_LANG: '', KOLADA_BASE_URL: '' },
		});
		fetchOutput = stdout;
	} finally {
		await server.close();
	}
	const built = await runBuild({ MALBILD_CONTENT: content, MALBILD_DIST: dist, MALBILD_SITE: SITE });
	if (built.code !== 0) throw new Error(`the build failed with exit code ${built.code}:\n${built.output}`);
}, 300_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Kolada → CSV → build → page, downloads and catalogue', () => {
	it('the command wrote the indicator’s CSV from Kolada: headline, comparisons and gender', () => {
		expect(fetchOutput).toContain(`${ID}: 42 rader, 2019–2024 → data/${ID}.csv`);
		const rows = parse(readFileSync(path.join(content, 'data', `${ID}.csv`)), { columns: true }) as Row[];
		expect(Object.keys(rows[0]!)).toEqual(['Year', 'Jämförelse', 'Kön', 'Value']);
		expect(rows.find((r) => r.Year === '2024' && !r.Jämförelse && !r.Kön)?.Value).toBe(String(LATEST.total));
	});

	it('the page’s chart has lines for the municipality, Riket, Liknande kommuner and women and men', () => {
		const $ = page(dist, `indikatorer/${ID}/index.html`);
		const json = JSON.parse($('malbild-chart script[type="application/json"]').first().text()) as ChartJson;
		const last = (label: string) => json.datasets.find((d) => d.label === label)?.data.at(-1);
		expect(json.labels.at(-1)).toBe('2024');
		const main = json.datasets.filter((d) => d.main);
		expect(main.map((d) => d.label)).toEqual([organisation]);
		expect(main[0]!.data.at(-1)).toBe(LATEST.total);
		expect(last('Riket')).toBe(LATEST.Riket);
		expect(last('Liknande kommuner')).toBe(LATEST['Liknande kommuner']);
		const women = json.datasets.find((d) => d.label === 'Kvinnor');
		const men = json.datasets.find((d) => d.label === 'Män');
		expect(women?.gender).toBe('Kvinnor');
		expect(men?.gender).toBe('Män');
		expect(women!.data.at(-1)).toBe(LATEST.Kvinnor);
		expect(men!.data.at(-1)).toBe(LATEST.Män);
		// The totals carry no gender; a gap is null, never 0 (the municipality's 2021 is missing).
		for (const label of [organisation, 'Riket', 'Liknande kommuner']) expect(json.datasets.find((d) => d.label === label)?.gender).toBeUndefined();
		expect(main[0]!.data[json.labels.indexOf('2021')]).toBeNull();

		// The choice above the chart: Totalt checked, then Kvinnor, Män, Alla; one group per chart.
		const radios = $('malbild-chart fieldset input[type="radio"]').toArray();
		expect(clean($('malbild-chart fieldset legend').text())).toBe('Visa');
		expect(radios.map((r) => clean($(r).parent().text()))).toEqual(['Totalt', 'Kvinnor', 'Män', 'Alla']);
		expect(radios.map((r) => $(r).attr('checked') !== undefined)).toEqual([true, false, false, false]);
		expect(new Set(radios.map((r) => $(r).attr('name'))).size).toBe(1);
		// The legend items carry their line's gender, in the chart's order.
		const legend = $('malbild-chart .chart-legend li').toArray().map((li) => $(li).attr('data-gender') ?? '');
		expect(legend.slice(0, json.datasets.length)).toEqual(json.datasets.map((d) => d.gender ?? ''));
	});

	it('the table has columns for Riket, Liknande kommuner, Kvinnor and Män, and the page says "Källa: Kolada"', () => {
		const $ = page(dist, `indikatorer/${ID}/index.html`);
		const columns = $('table').first().find('thead th').toArray().map((th) => clean($(th).text()));
		expect(columns).toEqual(expect.arrayContaining([organisation, 'Riket', 'Liknande kommuner', 'Kvinnor', 'Män']));
		expect(clean($('main').text())).toContain('Källa: Kolada');
	});

	it('the indicator’s CSV download and /data.csv hold the Kolada rows', () => {
		const expected = (parse(readFileSync(path.join(content, 'data', `${ID}.csv`)), { columns: true }) as Row[]).filter((r) => r.Value !== '');
		const own = parse(raw(dist, `indikatorer/${ID}.csv`), { columns: true }) as Row[];
		const all = (parse(raw(dist, 'data.csv'), { columns: true }) as Row[]).filter((r) => r.indicator === ID);
		for (const rows of [own, all]) {
			for (const e of expected) {
				const found = rows.filter((r) => r.period === e.Year && (r.Jämförelse ?? '') === e.Jämförelse && (r.Kön ?? '') === e.Kön);
				expect(found.map((r) => Number(r.value)), `${e.Year} ${e.Jämförelse} ${e.Kön}`).toEqual([Number(e.Value)]);
			}
			expect(rows.every((r) => r.source === 'Kolada')).toBe(true);
		}
	});

	it('dcat.rdf describes the indicator as a dataset', async () => {
		const graph = new Graph(await parseRdfXml(raw(dist, 'dcat.rdf')));
		expect(graph.ofType(dcat('Dataset')).map((d) => d.value)).toContain(`${SITE}dcat.rdf#indikator-${ID}`);
	});
});

describe('the gender choice in a browser', () => {
	let browser: Browser;
	let close: () => Promise<void>;
	let tab: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		const server = await serveStatic(dist, { csp: CSP });
		const context = await newContext(browser);
		await recordCspViolations(context);
		tab = await context.newPage();
		const visit = await openPage(tab, server.url(`indikatorer/${ID}/`), { origin: server.origin });
		close = async () => {
			expect(visit.problems()).toEqual([]);
			await context.close();
			await server.close();
		};
	});
	afterAll(async () => {
		await close?.();
		await browser?.close();
	});

	/** The legend as the reader sees it: the labels of the items shown. */
	const shownLegend = () => tab.locator('malbild-chart .chart-legend li:visible').allInnerTexts().then((t) => t.map((s) => s.trim()));
	/** Canvas pixels close to a colour ("#2e7d32"). */
	const pixelsOf = (colour: string) =>
		tab.locator('malbild-chart canvas').first().evaluate((canvas: HTMLCanvasElement, hex) => {
			const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let n = 0;
			for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && rgb.every((c, k) => Math.abs(data[i + k]! - c) <= 12)) n++;
			return n;
		}, colour);

	it('"Kvinnor", chosen by keyboard with a visible focus ring, shows the women’s line and hides the men’s', { timeout: 60_000 }, async () => {
		const chart = tab.locator('malbild-chart').first();
		await chart.scrollIntoViewIfNeeded();
		await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
		const json = JSON.parse((await chart.locator('script[type="application/json"]').textContent())!) as ChartJson;
		const colour = (label: string) => json.datasets.find((d) => d.label === label)!.colour;

		// Totalt: the municipality and the comparisons, no gender line.
		expect(await shownLegend()).toEqual(expect.arrayContaining([organisation, 'Riket', 'Liknande kommuner']));
		expect(await shownLegend()).not.toContain('Kvinnor');
		expect(await shownLegend()).not.toContain('Män');
		expect(await pixelsOf(colour('Kvinnor'))).toBeLessThan(20);

		// The group is one tab stop; an arrow key moves to and chooses the next option, as in any radio group.
		await tab.locator('malbild-chart input[value=""]').focus();
		await tab.keyboard.press('ArrowRight');
		const focused = tab.locator('malbild-chart input:focus');
		await expect.poll(() => focused.getAttribute('value')).toBe('Kvinnor');
		expect(await focused.isChecked()).toBe(true);
		const ring = await focused.evaluate((el) => {
			const s = getComputedStyle(el);
			return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(ring.visible).toBe(true);
		expect(ring.style).not.toBe('none');
		expect(ring.width).toBeGreaterThanOrEqual(2);

		const legend = await shownLegend();
		expect(legend).toEqual(expect.arrayContaining([organisation, 'Riket', 'Liknande kommuner', 'Kvinnor']));
		expect(legend).not.toContain('Män');
		await expect.poll(() => pixelsOf(colour('Kvinnor'))).toBeGreaterThan(150);
		expect(await pixelsOf(colour('Män'))).toBeLessThan(20);

		// Alla: every line.
		await tab.keyboard.press('ArrowRight');
		await tab.keyboard.press('ArrowRight');
		expect(await focused.getAttribute('value')).toBe('*');
		expect(await tab.locator('malbild-chart .chart-legend li[hidden]').count()).toBe(0);
		await expect.poll(() => pixelsOf(colour('Män'))).toBeGreaterThan(150);
	});

	it('the page with the choice has no axe violation and no CSP violation', { timeout: 60_000 }, async () => {
		const axe = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		expect(await cspViolations(tab)).toEqual([]);
	});
});
