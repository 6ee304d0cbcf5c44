import { otherLocales } from '../i18n/site.ts';
import type { Model } from '../model/build.ts';
import { paths } from '../urls.ts';

export interface SearchablePages {
	/** A glob, under the site root, of the pages a reader can find by searching (Pagefind's `glob`). */
	glob: string;
	/** How many pages it should match. */
	count: number;
}

/**
 * The pages a reader can find by searching, in every published language: areas, goals,
 * indicators, the strategies page and free pages (the ones whose layout marks their text with
 * `data-pagefind-body`). Pagefind then reads neither the embed pages nor the print edition, which
 * are as many again and larger.
 *
 * One pattern per kind of page (`indikatorer/*\/index.html`), not one per page: Pagefind cannot
 * parse a glob naming 20 000 pages. So a page an earlier site left behind would match too; the
 * build sweeps those away before it indexes.
 */
export function searchablePages(model: Model): SearchablePages {
	const locales = ['sv' as const, ...otherLocales(model.site)];
	const file = (p: string) => `${p}index.html`;
	const patterns = locales.flatMap((l) => [
		...(model.areas.length ? [file(paths.area('*', l))] : []),
		...(model.goals.length ? [file(paths.goal('*', l))] : []),
		...(model.site.levels.strategy ? [file(paths.strategies(l))] : []),
		...(model.indicators.length ? [file(paths.indicator('*', l))] : []),
		...model.pages.map((p) => file(paths.page(p.id, l))),
	]);
	const perLocale = model.areas.length + model.goals.length + (model.site.levels.strategy ? 1 : 0) + model.indicators.length + model.pages.length;
	return { glob: `{${patterns.join(',')}}`, count: perLocale * locales.length };
}
