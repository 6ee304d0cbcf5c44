import type { PageLanguage } from './i18n/page.ts';
import type { AreaNode } from './model/build.ts';

/**
 * The most indicators the print edition holds as one document. A municipality's 20–70 make a few
 * dozen A4 pages; 2 000 made a page of 14 MB and 20 000 one of 144 MB, which no browser prints.
 * Beyond this the edition's first page lists the areas, and each area prints from a page of its own
 * (which every area has anyway, linked from its page).
 */
export const ONE_DOCUMENT_MAX = 200;

/** Whether the print edition is one document for a framework of this many indicators. */
export function printsAsOne(indicators: number): boolean {
	return indicators <= ONE_DOCUMENT_MAX;
}

/** Every text an area's print section shows, for the note that some of them are in another language. */
export function areaTexts(a: AreaNode, lang: PageLanguage) {
	return [
		lang.title(a),
		lang.text(a, 'summary'),
		lang.body(a),
		...a.goals.flatMap((g) => [lang.title(g), lang.text(g, 'summary'), lang.body(g), ...g.indicators.flatMap((i) => [lang.title(i), lang.body(i)])]),
		...a.strategies.map((s) => lang.title(s)),
		...a.indicators.flatMap((i) => [lang.title(i), lang.body(i)]),
	];
}
