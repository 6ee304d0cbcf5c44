/**
 * "Data senast ändrad …" on every indicator page with data, and the print edition's HTML, in both
 * example trees. What is expected is worked out from the files themselves: the date from Git (or
 * the file's time), the year from the CSV with csv-parse, never from the project's model.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONE_DOCUMENT_MAX } from '../../src/lib/print-edition.ts';
import { generateTree } from '../../src/lib/synth/generate.ts';
import { writeTree } from '../../src/lib/synth/write.ts';
import { expectedTables, MISSING_TEXT } from './expected-cells.ts';
import { clean, entries, indicatorsOfArea, page, raw, rootBuilds, runBuild, siteFile, TEST_DIR, translationFiles, type EntryFile } from './support.ts';

/** The day a file was last changed: its last commit's, unless Git has no clean copy of it. */
function lastChangedDay(file: string): string {
	const git = (args: string[]) => execFileSync('git', args, { cwd: path.dirname(file), encoding: 'utf8' }).trim();
	const dirty = git(['status', '--porcelain', '--', path.basename(file)]);
	const committed = git(['log', '-1', '--format=%cI', '--', path.basename(file)]);
	return !dirty && committed ? committed.slice(0, 10) : statSync(file).mtime.toISOString().slice(0, 10);
}

/** The calendar year a period ends in: "2024" → 2024, "2023/24" → 2024, "2003-05" → 2005. */
function endYear(label: string): number {
	const m = /^(\d{4})(?:[/-](\d{2,4}))?$/.exec(label.trim());
	if (!m) throw new Error(`the test cannot read the period "${label}"`);
	if (!m[2]) return Number(m[1]);
	return m[2].length === 4 ? Number(m[2]) : Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]);
}

/** The latest period with a value in the organisation's own column (or, without one, in any). */
function latestPeriod(csv: string, organisation: string): string | undefined {
	const tables = expectedTables(csv, organisation);
	const valued = (own: boolean) =>
		tables.flatMap((t) => Object.entries(t.grid).filter(([, cols]) => Object.entries(cols).some(([c, text]) => (!own || c === organisation) && text !== MISSING_TEXT)).map(([p]) => p));
	const periods = valued(true).length ? valued(true) : valued(false);
	return periods.sort((a, b) => endYear(a) - endYear(b)).at(-1);
}

const swedishDay = (day: string) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const englishDay = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** Areas in the order the site shows them: `order`, then title. */
const inOrder = (list: EntryFile[]) =>
	[...list].sort((a, b) => ((a.data.order as number) ?? Infinity) - ((b.data.order as number) ?? Infinity) || String(a.data.title).localeCompare(String(b.data.title), 'sv'));

for (const build of rootBuilds) {
	const site = siteFile(build.content);
	const withData = entries(build.content, 'indicators').filter((i) => typeof i.data.data === 'string');
	const csvOf = (i: EntryFile) => path.join(build.content, 'data', i.data.data as string);

	describe(`${build.name}: when the data last changed`, () => {
		it.each(withData.map((i) => [i.id, i] as const))('%s says when its data file changed and which year its latest value is for', (id, indicator) => {
			const $ = page(build.dist, `indikatorer/${id}/index.html`);
			const line = $('main .data-changed');
			expect(line.length).toBe(1);
			const day = lastChangedDay(csvOf(indicator));
			const period = latestPeriod(csvOf(indicator), site.organisation);
			expect(period).toBeDefined();
			expect(line.find('time').attr('datetime')).toBe(day);
			expect(clean(line.text())).toBe(`Data senast ändrad ${swedishDay(day)} · Senaste värde avser ${period}`);
		});

		it.each(withData.map((i) => [i.id, i] as const))('%s has the day and period in its JSON download', (id, indicator) => {
			const json = JSON.parse(raw(build.dist, `indikatorer/${id}.json`)) as { dataChanged: string; latestPeriod: string };
			expect(json.dataChanged).toBe(lastChangedDay(csvOf(indicator)));
			expect(json.latestPeriod).toBe(latestPeriod(csvOf(indicator), site.organisation));
		});
	});

	describe(`${build.name}: the print edition`, () => {
		const areas = inOrder(entries(build.content, 'areas'));
		const newestDay = withData.map((i) => lastChangedDay(csvOf(i))).sort().at(-1)!;
		const latestYear = Math.max(...withData.map((i) => endYear(latestPeriod(csvOf(i), site.organisation)!)));

		it.each([
			['utskrift/index.html', 'sv', `Data t.o.m. ${latestYear}`, `Uppgifterna senast ändrade ${swedishDay(newestDay)}`, 'Data senast ändrad'],
			['en/print/index.html', 'en', `Data up to ${latestYear}`, `Data last changed ${englishDay(newestDay)}`, 'Data last changed'],
		])('%s: lang %s, the title page, the contents and one section per area in order', (file, lang, until, changed, indicatorLine) => {
			const $ = page(build.dist, file);
			expect($('html').attr('lang')).toBe(lang);
			// The English edition shows the translations where there are any, else the Swedish text.
			const english = lang === 'en' ? site.translations?.en : undefined;
			const titleOf = (folder: string, e: { id: string; data: { title?: unknown } }) =>
				String((lang === 'en' && translationFiles(build.content, folder, 'en').find((t) => t.id === e.id)?.data.title) || e.data.title);
			const cover = $('.print-cover');
			expect(clean(cover.text())).toContain(site.organisation);
			expect(clean(cover.find('h1').text())).toContain(english?.title ?? site.title);
			expect(clean(cover.text())).toContain(until);
			expect(clean(cover.text())).toContain(changed);
			expect(cover.find('time').attr('datetime')).toBe(newestDay);

			const sections = $('main section.print-area').toArray();
			expect(sections.map((s) => $(s).attr('id'))).toEqual(areas.map((a) => `omrade-${a.id}`));
			expect(sections.map((s) => clean($(s).children('h2').text()))).toEqual(areas.map((a) => `${a.data.code ? `${a.data.code}. ` : ''}${titleOf('areas', a)}`));
			const contents = $('.print-toc > ol > li > a').toArray();
			expect(contents.map((a) => $(a).attr('href'))).toEqual(areas.map((a) => `#omrade-${a.id}`));

			// Every indicator with its title, status and table; no chart and no script on paper.
			for (const i of entries(build.content, 'indicators')) {
				const article = $(`article#indikator-${i.id}, article[aria-labelledby="indikator-${i.id}"]`);
				expect(article.length, i.id).toBe(1);
				expect(clean(article.find('h4').text())).toContain(clean(titleOf('indicators', i)));
				expect(article.find('.status').length).toBeGreaterThan(0);
				if (typeof i.data.data === 'string') {
					expect(article.find('table').length, `${i.id} has its table`).toBeGreaterThan(0);
					expect(clean(article.find('.data-changed').text())).toContain(indicatorLine);
				}
			}
			// No chart on paper; the one script is the header's search (src/components/Search.astro).
			expect($('canvas, malbild-chart').length).toBe(0);
			expect($('script').toArray().map((el) => $(el).attr('src') ?? 'inline')).toEqual([expect.stringMatching(/^\/_astro\/.+\.js$/)]);
		});

		it.each(areas.flatMap((a) => [[`utskrift/${a.id}/index.html`, 'sv', a] as const, [`en/print/${a.id}/index.html`, 'en', a] as const]))(
			'%s: lang %s, the title, the dates and the one area with its indicators',
			(file, lang, area) => {
				const $ = page(build.dist, file);
				expect($('html').attr('lang')).toBe(lang);
				const cover = $('.print-cover');
				expect(clean(cover.text())).toContain(site.organisation);
				expect(clean(cover.text())).toContain(lang === 'sv' ? `Data t.o.m. ${latestYear}` : `Data up to ${latestYear}`);
				expect(cover.find('time').attr('datetime')).toBe(newestDay);
				expect($('main section.print-area').toArray().map((s) => $(s).attr('id'))).toEqual([`omrade-${area.id}`]);
				// The area is the page's heading, under the site's title.
				const english = lang === 'en' ? translationFiles(build.content, 'areas', 'en').find((t) => t.id === area.id)?.data.title : undefined;
				expect(clean($('h1').text())).toBe(`${area.data.code ? `${area.data.code}. ` : ''}${String(english ?? area.data.title)}`);
				expect(clean(cover.find('.print-site').text())).toContain(lang === 'sv' ? site.title : (site as { translations?: { en?: { title?: string } } }).translations?.en?.title ?? site.title);
				const own = indicatorsOfArea(build.content, area.id);
				expect($('main article.print-indicator').toArray().map((el) => $(el).attr('aria-labelledby')).sort()).toEqual(own.map((i) => `indikator-${i.id}`).sort());
				// Back to the whole edition from the breadcrumbs.
				expect($('.breadcrumbs a').toArray().map((a) => $(a).attr('href'))).toContain(lang === 'sv' ? '/utskrift/' : '/en/print/');
			},
		);

		it.each(areas.map((a) => [a.id] as const))('the page of %s links to its print edition', (id) => {
			expect($links(`omraden/${id}/index.html`, 'main')).toContain(`/utskrift/${id}/`);
			expect($links(`en/areas/${id}/index.html`, 'main')).toContain(`/en/print/${id}/`);
		});

		it('is linked from the footer of every page and from the home page', () => {
			for (const file of ['index.html', `indikatorer/${withData[0]!.id}/index.html`, 'indikatorer/index.html']) {
				expect($links(file, 'footer'), file).toContain('/utskrift/');
			}
			expect($links('index.html', 'main')).toContain('/utskrift/');
		});
	});

	function $links(file: string, within: string): string[] {
		const $ = page(build.dist, file);
		return $(`${within} a[href]`)
			.toArray()
			.map((a) => $(a).attr('href')!);
	}
}

describe('the print edition of a framework too large for one document', () => {
	const root = path.join(TEST_DIR, 'print-by-area');
	const tree = path.join(root, 'content');
	const dist = path.join(root, 'dist');
	const count = ONE_DOCUMENT_MAX + 1;

	beforeAll(async () => {
		rmSync(root, { recursive: true, force: true });
		writeTree(tree, generateTree({ indicators: count }));
		const result = await runBuild({ MALBILD_CONTENT: tree, MALBILD_DIST: dist });
		expect(result.code, result.output).toBe(0);
	}, 240_000);

	it('lists the areas and goals on its first page, each linking to the area’s own print edition', () => {
		const $ = page(dist, 'utskrift/index.html');
		expect(clean($('.print-hint').text())).toBe(
			`Med ${count} indikatorer blir utskriften för stor för ett dokument. Varje del i innehållsförteckningen nedan har därför en egen utskriftsversion: öppna den och skriv ut eller spara som PDF.`,
		);
		expect(clean($('.print-cover').text())).toContain('Syntetisk målbild');
		expect($('main section.print-area, main article.print-indicator').length).toBe(0);

		const areas = entries(tree, 'areas').sort((a, b) => (a.data.order as number) - (b.data.order as number));
		const links = $('.print-toc > ol > li').toArray().map((li) => ({ area: $(li).children('a').attr('href'), goals: $(li).find('ol a').toArray().map((a) => $(a).attr('href')!) }));
		expect(links.map((l) => l.area)).toEqual(areas.map((a) => `/utskrift/${a.id}/`));
		const goals = entries(tree, 'goals');
		links.forEach((l, k) => {
			const own = goals.filter((g) => g.data.area === areas[k]!.id);
			expect(l.goals.sort()).toEqual(own.map((g) => `/utskrift/${areas[k]!.id}/#mal-${g.id}`).sort());
			// Each goal's link leads to its section on the area's page.
			for (const link of l.goals) {
				const [file, anchor] = link.slice(1).split('#');
				expect(page(dist, `${file}index.html`)(`section#${anchor}`).length, link).toBe(1);
			}
		});
	});

	it('prints every indicator once, on its area’s page', () => {
		const printed = entries(tree, 'areas').flatMap((a) => {
			const $ = page(dist, `utskrift/${a.id}/index.html`);
			expect($('main section.print-area').attr('id')).toBe(`omrade-${a.id}`);
			const ids = $('main article.print-indicator').toArray().map((el) => $(el).attr('aria-labelledby')!.replace('indikator-', ''));
			const own = indicatorsOfArea(tree, a.id);
			expect(ids.sort()).toEqual(own.map((i) => i.id).sort());
			return ids;
		});
		expect(printed).toHaveLength(count);
	});
});
