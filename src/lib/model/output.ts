import { existsSync } from 'node:fs';
import path from 'node:path';
import { otherLocales } from '../i18n/site.ts';
import { logoFile } from '../brand/logo.ts';
import { paths } from '../urls.ts';
import type { Model } from './build.ts';

/** Every file a built site must have for its model: each page, the downloads, the sitemap, the search index. */
export function expectedFiles(model: Model): string[] {
	const page = (p: string) => `${p}index.html`;
	const editions = otherLocales(model.site);
	return [
		...editions.flatMap((l) => [
			page(paths.home(l)),
			page(paths.indicators(l)),
			page(paths.openData(l)),
			...(model.site.levels.strategy ? [page(paths.strategies(l))] : []),
			...model.areas.map((a) => page(paths.area(a.id, l))),
			...model.goals.map((g) => page(paths.goal(g.id, l))),
			...model.indicators.map((i) => page(paths.indicator(i.id, l))),
			...model.indicators.map((i) => page(paths.embed(i.id, l))),
			...model.pages.map((p) => page(paths.page(p.id, l))),
			page(paths.search(l)),
			page(paths.print(l)),
			...model.areas.map((a) => page(paths.printArea(a.id, l))),
		]),
		page(paths.home()),
		'404.html',
		// The CMS (src/pages/admin/): its page and its configuration.
		'admin/index.html',
		'admin/config.yml',
		'sitemap.xml',
		'brand.css',
		...(logoFile(model.site) ? [logoFile(model.site)!] : []),
		page(paths.indicators()),
		page(paths.openData()),
		...(model.site.levels.strategy ? [page(paths.strategies())] : []),
		...model.areas.map((a) => page(paths.area(a.id))),
		...model.goals.map((g) => page(paths.goal(g.id))),
		...model.indicators.map((i) => page(paths.indicator(i.id))),
		// The embed pages, for an iframe on another site (src/lib/embed).
		...model.indicators.map((i) => page(paths.embed(i.id))),
		...model.indicators.filter((i) => i.dataset).flatMap((i) => [paths.indicatorXlsx(i.id), paths.indicatorCsv(i.id), paths.indicatorJson(i.id)]),
		paths.siteCsv(),
		...model.pages.map((p) => page(paths.page(p.id))),
		page(paths.search()),
		page(paths.print()),
		...model.areas.map((a) => page(paths.printArea(a.id))),
		// The search index (src/lib/search/index-site.ts): Pagefind's script and its list of languages.
		'pagefind/pagefind.js',
		'pagefind/pagefind-entry.json',
	];
}

/** The files of `files` (see expectedFiles) that a built site in `outDir` lacks. */
export function missingFiles(files: readonly string[], outDir: string): string[] {
	return files.filter((file) => !existsSync(path.join(outDir, file)));
}
