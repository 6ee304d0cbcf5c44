import { existsSync } from 'node:fs';
import path from 'node:path';
import { logoFile } from '../brand/logo.ts';
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
		...(logoFile(model.site) ? [logoFile(model.site)!] : []),
		page(paths.indicators()),
		...(model.site.levels.strategy ? [page(paths.strategies())] : []),
		...model.areas.map((a) => page(paths.area(a.id))),
		...model.goals.map((g) => page(paths.goal(g.id))),
		...model.indicators.map((i) => page(paths.indicator(i.id))),
		...model.indicators.filter((i) => i.dataset).flatMap((i) => [paths.indicatorCsv(i.id), paths.indicatorJson(i.id)]),
		...model.pages.map((p) => page(paths.page(p.id))),
	];
}

/** The files of `expectedFiles` that a built site in `outDir` lacks. */
export function missingFiles(model: Model, outDir: string): string[] {
	return expectedFiles(model).filter((file) => !existsSync(path.join(outDir, file)));
}
