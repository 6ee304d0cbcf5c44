/**
 * The brief: sample values are labelled "Exempeldata" everywhere they show. A status computed from
 * sample values is one of them, on the pages a reader quotes most: the home page, each area and
 * goal, the list of indicators and every card in it.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { clean, entries, indicatorsOfArea, page, rootBuilds, type EntryFile } from './support.ts';

type Find = ($: CheerioAPI) => Cheerio<AnyNode>;

/** What a summary of these indicators should say under its counts, or nothing. */
function expectedNote(indicators: readonly EntryFile[]): string | undefined {
	const sample = indicators.filter((i) => i.data.sample === true).length;
	if (sample === 0) return undefined;
	if (sample === indicators.length) return 'Exempeldata Statusen bygger på exempeldata och visar hur sidan fungerar, inte hur det går.';
	return `Exempeldata ${sample} av ${indicators.length} indikatorer bygger på exempeldata: deras status visar hur sidan fungerar, inte hur det går.`;
}

for (const build of rootBuilds) {
	const indicators = entries(build.content, 'indicators');
	const areas = entries(build.content, 'areas');
	const goals = entries(build.content, 'goals');
	/** The sample note of the one summary `summary` finds on a page, or undefined. */
	const noteIn = (file: string, summary: Find) => {
		const found = summary(page(build.dist, file));
		expect(found.length, `${file}: a status summary`).toBe(1);
		const note = found.find('.sample-note');
		return note.length ? clean(note.text()) : undefined;
	};

	describe(`${build.name}: statuses from sample data are labelled`, () => {
		it('the example has sample indicators to label', () => {
			expect(indicators.some((i) => i.data.sample === true)).toBe(true);
		});

		it("under the home page's summary of every indicator", () => {
			expect(noteIn('index.html', ($) => $('#summary-heading').parent().find('.summary'))).toBe(expectedNote(indicators));
		});

		it("under each area's summary on the home page", () => {
			for (const area of areas) {
				const own = indicatorsOfArea(build.content, area.id);
				const summary: Find = ($) => $(`.card:has(h3 a[href="/omraden/${area.id}/"]) .summary`);
				if (own.length === 0) expect(summary(page(build.dist, 'index.html')), area.file).toHaveLength(0);
				else expect(noteIn('index.html', summary), area.file).toBe(expectedNote(own));
			}
		});

		it('under the summary at the top of /indikatorer/', () => {
			expect(noteIn('indikatorer/index.html', ($) => $('main h1').nextAll('.summary').first())).toBe(expectedNote(indicators));
		});

		it("under the summary of each area's and goal's page", () => {
			for (const area of areas) {
				expect(noteIn(`omraden/${area.id}/index.html`, ($) => $('main .summary').first()), area.file).toBe(expectedNote(indicatorsOfArea(build.content, area.id)));
			}
			for (const goal of goals) {
				const own = indicators.filter((i) => i.data.goal === goal.id);
				expect(noteIn(`mal/${goal.id}/index.html`, ($) => $('main .summary').first()), goal.file).toBe(expectedNote(own));
			}
		});

		it('on the card of every sample indicator, with or without a value, and on no other', () => {
			const $ = page(build.dist, 'indikatorer/index.html');
			for (const i of indicators) {
				const card = $(`.card:has(a[href="/indikatorer/${i.id}/"])`);
				expect(card, i.file).toHaveLength(1);
				expect(card.find('.sample-tag').length, i.file).toBe(i.data.sample === true ? 1 : 0);
			}
		});
	});
}
