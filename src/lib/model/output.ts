import { existsSync } from 'node:fs';
import path from 'node:path';
import { embedPaths, LOCALES } from '../embed/paths.ts';
import { paths } from '../urls.ts';
import type { Model } from './build.ts';

/** Every file a built site must have for its model: each page, the downloads, the sitemap. */
export function expectedFiles(model: Model): string[] {
	const page = (p: string) => `${p}index.html`;
	return [
		page(paths.home()),
		'404.html',
		'sitemap.xml',
		'brand.css',
		page(paths.indicators()),
		...(model.site.levels.strategy ? [page(paths.strategies())] : []),
		...model.areas.map((a) => page(paths.area(a.id))),
		...model.goals.map((g) => page(paths.goal(g.id))),
		...model.indicators.map((i) => page(paths.indicator(i.id))),
		// The embed pages, for an iframe on another site, in each language (src/lib/embed).
		...LOCALES.flatMap((locale) => model.indicators.map((i) => page(embedPaths.embed(i.id, locale)))),
		...model.indicators.filter((i) => i.dataset).flatMap((i) => [paths.indicatorCsv(i.id), paths.indicatorJson(i.id)]),
		...model.pages.map((p) => page(paths.page(p.id))),
	];
}

/** The files of `expectedFiles` that a built site in `outDir` lacks. */
export function missingFiles(model: Model, outDir: string): string[] {
	return expectedFiles(model).filter((file) => !existsSync(path.join(outDir, file)));
}
