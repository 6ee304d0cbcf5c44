/**
 * The English site of both example trees, read from the built files: every page has its English
 * counterpart under /en/ with English interface words and English numbers, shows the English
 * translation where a file <id>.en.md gives one, and says once, with lang="sv" on the Swedish
 * text, where it falls back. Both languages link to each other (switcher and hreflang).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, entries, htmlFiles, page, rootBuilds, siteFile, translationFiles } from './support.ts';

const NOTICE = 'This text is only available in Swedish.';
const PARTS = 'Parts of this page are only available in Swedish.';
const SWEDISH_STATUS = ['Uppnått', 'Delvis uppnått', 'Ej uppnått', 'Bedömning saknas'];
const ENGLISH_STATUS = ['Achieved', 'Partly achieved', 'Not achieved', 'Not assessed'];

/** A Swedish table cell as the English page writes it: "50 000" → "50,000", "12,5 %" → "12.5%", "−3" → "-3". */
const english = (cell: string) =>
	cell === 'Uppgift saknas'
		? 'Data missing'
		: cell.replace(/,/g, '.').replace(/(\d)\u00a0(?=\d{3})/g, '$1,').replace(/\u2212/g, '-').replace(/\u00a0%/g, '%');

for (const build of rootBuilds) {
	const site = siteFile(build.content) as ReturnType<typeof siteFile> & { translations?: { en?: { title?: string } } };
	const areas = entries(build.content, 'areas');
	const goals = entries(build.content, 'goals');
	const indicators = entries(build.content, 'indicators');
	const pages = entries(build.content, 'pages');
	const translated = (folder: string) => new Map(translationFiles(build.content, folder, 'en').map((t) => [t.id, t.data]));
	const $ = (file: string) => page(build.dist, file);
	const counterparts: [string, string][] = [
		['index.html', 'en/index.html'],
		['indikatorer/index.html', 'en/indicators/index.html'],
		['oppna-data/index.html', 'en/open-data/index.html'],
		['sok/index.html', 'en/search/index.html'],
		['utskrift/index.html', 'en/print/index.html'],
		...areas.map((a): [string, string] => [`omraden/${a.id}/index.html`, `en/areas/${a.id}/index.html`]),
		...areas.map((a): [string, string] => [`utskrift/${a.id}/index.html`, `en/print/${a.id}/index.html`]),
		...goals.map((g): [string, string] => [`mal/${g.id}/index.html`, `en/goals/${g.id}/index.html`]),
		...indicators.map((i): [string, string] => [`indikatorer/${i.id}/index.html`, `en/indicators/${i.id}/index.html`]),
		...pages.map((p): [string, string] => [`${p.id}/index.html`, `en/${p.id}/index.html`]),
		...(site.levels.strategy ? [['strategier/index.html', 'en/strategies/index.html'] as [string, string]] : []),
	];

	describe(`${build.name}: the English site`, () => {
		it('has an English page for every Swedish page, and nothing else under /en/', () => {
			for (const [, en] of counterparts) expect(existsSync(path.join(build.dist, en)), en).toBe(true);
			const built = htmlFiles(build.dist).filter((f) => f.startsWith('en/'));
			// And each indicator's embed page, which has no switcher: it sits in another site's frame (tests/build/embed.test.ts).
			const embeds = indicators.map((i) => `en/indicators/${i.id}/embed/index.html`);
			expect(built.sort()).toEqual([...counterparts.map(([, en]) => en), ...embeds].sort());
		});

		it.each(counterparts)('%s ↔ %s: html lang, switcher and reciprocal hreflang alternates', (sv, en) => {
			const swedish = $(sv);
			const englishPage = $(en);
			expect(swedish('html').attr('lang')).toBe('sv');
			expect(englishPage('html').attr('lang')).toBe('en');
			const url = (file: string) => new URL(`/${file.replace(/index\.html$/, '')}`, build.site).href;
			const alternates = (doc: typeof swedish) =>
				Object.fromEntries(doc('link[rel="alternate"][hreflang]').toArray().map((l) => [doc(l).attr('hreflang'), doc(l).attr('href')]));
			const expected = { sv: url(sv), en: url(en), 'x-default': url(sv) };
			expect(alternates(swedish)).toEqual(expected);
			expect(alternates(englishPage)).toEqual(expected);
			// The switcher names the other language in that language and leads to the counterpart.
			const toEnglish = swedish('header a[hreflang="en"]');
			expect([toEnglish.attr('href'), toEnglish.attr('lang'), clean(toEnglish.text())]).toEqual([`/${en.replace(/index\.html$/, '')}`, 'en', 'English']);
			const toSwedish = englishPage('header a[hreflang="sv"]');
			expect([toSwedish.attr('href'), toSwedish.attr('lang'), clean(toSwedish.text())]).toEqual([`/${sv.replace(/index\.html$/, '')}`, 'sv', 'Svenska']);
		});

		it('speaks English in the interface: skip link, home crumb, menu, footer, status and trend words', () => {
			for (const [, en] of counterparts) {
				const doc = $(en);
				expect(clean(doc('a.skip-link').text()), en).toBe('Skip to content');
				if (en !== 'en/index.html') expect(clean(doc('nav.breadcrumbs li').first().text()), en).toBe('Home');
				expect(clean(doc('footer').text()), en).toContain('Built with Målbild');
				expect(clean(doc('footer').text()), en).toContain('Open data');
				const statuses = doc('span.status').toArray().map((s) => clean(doc(s).text()).replace(/^Status: ?/, ''));
				for (const s of statuses) expect(ENGLISH_STATUS, `${en}: "${s}"`).toContain(s);
				for (const s of statuses) expect(SWEDISH_STATUS).not.toContain(s);
			}
			expect(clean($('en/index.html')('h1').text())).toBe(clean(site.translations?.en?.title ?? site.title));
			expect(clean($('en/indicators/index.html')('h1').text())).toBe('Indicators');
		});

		it('writes every number of every table the English way, cell for cell', () => {
			let cells = 0;
			for (const i of indicators) {
				const sv = $(`indikatorer/${i.id}/index.html`);
				const en = $(`en/indicators/${i.id}/index.html`);
				const svCells = sv('table td').toArray().map((td) => clean(sv(td).text()));
				const enCells = en('table td').toArray().map((td) => clean(en(td).text()));
				expect(enCells, i.id).toEqual(svCells.map(english));
				cells += enCells.length;
			}
			expect(cells).toBeGreaterThan(10);
		});

		it('gives a unit from its translation, and Kvinnor, Män and Riket in English in table headings, chart lines and targets', () => {
			const known: Record<string, string> = { Kvinnor: 'Women', Män: 'Men', Riket: 'Sweden' };
			const translations = translated('indicators');
			for (const i of indicators) {
				const sv = $(`indikatorer/${i.id}/index.html`);
				const en = $(`en/indicators/${i.id}/index.html`);
				const headings = (doc: typeof sv) => doc('main table thead th').toArray().slice(1).map((th) => clean(doc(th).text()));
				const expected = headings(sv).map((h) => h.split(', ').map((v) => known[v] ?? v).join(', '));
				expect(headings(en), i.id).toEqual(expected);
				const lines = (doc: typeof sv) => doc('main figure script[type="application/json"]').toArray().flatMap((s) => (JSON.parse(doc(s).text()) as { datasets: { label: string }[] }).datasets.map((d) => d.label));
				expect(lines(en), i.id).toEqual(lines(sv).map((l) => known[l] ?? l));
				const facts = clean(en('main dl.facts').text());
				for (const [swedish, english] of Object.entries(known)) {
					if (clean(sv('main dl.facts').text()).includes(`än ${swedish}`)) expect(facts, i.id).toContain(`than ${english}`);
				}
				const unit = translations.get(i.id)?.unit;
				if (typeof unit === 'string') {
					expect(facts, i.id).toMatch(new RegExp(`\\d\\s${unit}`));
					expect(clean(en('main figcaption').first().text()), i.id).toContain(`, ${unit}`);
					expect(facts, i.id).not.toContain(String(i.data.unit));
					// And the card in the list of indicators.
					const list = $('en/indicators/index.html');
					const card = list('main li.card').filter((_, li) => list(li).find(`a[href$="/indicators/${i.id}/"]`).length > 0);
					expect(card.length, i.id).toBe(1);
					expect(clean(card.text()), i.id).toMatch(new RegExp(`\\d\\s${unit}`));
				}
			}
			// Both examples translate a unit; Malung-Sälen's tables have Kvinnor, Män and Riket.
			expect([...translations.values()].filter((t) => t.unit).length).toBeGreaterThan(0);
		});

		it('names a series and gives its unit from the translation, and marks an untranslated label as Swedish', () => {
			const translations = translated('indicators');
			let checked = 0;
			for (const i of indicators.filter((i) => ((i.data.series ?? []) as unknown[]).length > 1)) {
				const en = $(`en/indicators/${i.id}/index.html`);
				const own = (translations.get(i.id)?.series ?? []) as { name: string; label?: string; unit?: string }[];
				(i.data.series as { name: string; unit?: string }[]).forEach((s, n) => {
					const heading = en(`#serie-${n + 1}-heading`);
					const t = own.find((t) => t.name === s.name);
					if (t?.label) {
						expect(clean(heading.text()), i.id).toBe(t.label);
						expect(heading.attr('lang'), i.id).toBeUndefined();
						checked++;
					} else expect(heading.attr('lang'), i.id).toBe('sv');
					const unit = t?.unit;
					if (unit) {
						expect(clean(en(`#serie-${n + 1}-heading`).parent().find('dl.facts').text()), i.id).toMatch(new RegExp(`\\d\\s${unit}`));
						expect(clean(en(`#serie-${n + 1}-heading`).parent().text()), i.id).not.toContain(String(s.unit));
					}
				});
			}
			// Every translated label is shown (Malung-Sälen translates three, and one unit).
			expect(checked).toBe([...translations.values()].flatMap((t) => (t.series ?? []) as { label?: string }[]).filter((s) => s.label).length);
		});

		it('shows the English translation where there is one, with no notice when nothing falls back', () => {
			const titles = translated('areas');
			expect(titles.size).toBe(areas.length);
			for (const a of areas) {
				const h1 = $(`en/areas/${a.id}/index.html`)('h1');
				expect(clean(h1.text())).toBe(clean(String(titles.get(a.id)!.title)));
				expect(h1.find('[lang]').length).toBe(0);
			}
			const home = $('en/index.html');
			expect(clean(home('main').text())).not.toContain(NOTICE);
			expect(home('main [lang="sv"]').length).toBe(0);
		});

		it('says "This text …" when the own text of the page is Swedish, "Parts of this page …" when only other texts are, and nothing when none is', () => {
			const kinds = new Set<string>();
			for (const i of indicators) {
				const doc = $(`en/indicators/${i.id}/index.html`);
				const own = doc('h1 [lang="sv"], .prose[lang="sv"]').length > 0;
				const other = doc('main [lang="sv"]').length > 0;
				const expected = own ? NOTICE : other ? PARTS : '';
				expect(clean(doc('.fallback-notice').text()), i.id).toBe(expected);
				kinds.add(expected);
			}
			// Each example has pages of two kinds: Malung-Sälen's translated indicators keep Swedish strategy titles.
			expect(kinds.size).toBeGreaterThan(1);
		});

		it('falls back to Swedish with lang="sv" and says so once per page', () => {
			const titles = translated('indicators');
			const untranslated = indicators.filter((i) => !titles.has(i.id));
			expect(untranslated.length).toBeGreaterThan(0);
			for (const i of untranslated) {
				const doc = $(`en/indicators/${i.id}/index.html`);
				expect(clean(doc('h1 [lang="sv"]').text()), i.id).toBe(clean(String(i.data.title)));
				expect(doc('.fallback-notice').length, i.id).toBe(1);
				expect(clean(doc('.fallback-notice').text())).toBe(NOTICE);
				expect(doc('.fallback-notice').attr('lang') ?? doc('html').attr('lang')).toBe('en');
			}
			for (const [id, data] of titles) {
				expect(clean($(`en/indicators/${id}/index.html`)('h1').text())).toBe(clean(String(data.title)));
			}
		});
	});
}

describe('a translated body', () => {
	const build = rootBuilds.find((b) => b.content.endsWith('smedjebacken'))!;
	it('shows the English text on the English page, and the Swedish body marked lang="sv" where there is none', () => {
		const goal = page(build.dist, 'en/goals/stark-ekonomi/index.html');
		expect(clean(goal('.prose').text())).toContain('the municipality shall make an economic surplus every year');
		expect(goal('.prose').attr('lang')).toBeUndefined();
		const other = page(build.dist, 'en/goals/hog-sysselsattning/index.html');
		expect(other('.prose').attr('lang')).toBe('sv');
		expect(other('.fallback-notice').length).toBe(1);
	});
});
