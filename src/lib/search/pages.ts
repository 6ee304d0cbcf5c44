import { otherLocales } from '../i18n/site.ts';
import type { Model } from '../model/build.ts';
import { paths } from '../urls.ts';

export interface SearchablePages {
	/** A glob, under the site root, of the pages a reader can find by searching (Pagefind's `glob`). */
	glob: string;
	/** How many pages it matches. */
	count: number;
}

/**
 * The pages a reader can find by searching, in every published language: areas, goals,
 * indicators, the strategies page and free pages (the ones whose layout marks their text with
 * `data-pagefind-body`). Pagefind then need not read the embed pages and the print edition, which
 * are as many again and larger.
 */
export function searchablePages(model: Model): SearchablePages {
	const page = (p: string) => `${p}index.html`;
	const patterns = ['sv' as const, ...otherLocales(model.site)].flatMap((l) => [
		...(model.areas.length ? [page(paths.area('*', l))] : []),
		...(model.goals.length ? [page(paths.goal('*', l))] : []),
		...(model.indicators.length ? [page(paths.indicator('*', l))] : []),
		...(model.site.levels.strategy ? [page(paths.strategies(l))] : []),
		...model.pages.map((p) => page(paths.page(p.id, l))),
	]);
	const perLocale = model.areas.length + model.goals.length + model.indicators.length + (model.site.levels.strategy ? 1 : 0) + model.pages.length;
	return { glob: `{${patterns.join(',')}}`, count: perLocale * (1 + otherLocales(model.site).length) };
}
