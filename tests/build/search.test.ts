/**
 * The search index each build writes into `pagefind/`: one record per area, goal, indicator and
 * free page, and the strategies page, counted from the content tree's files, each with the level
 * name from site.yaml; never the home page, the list of indicators, the search page or the 404.
 * The index is Swedish (stemming) for the Swedish pages and English for the English ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allBuilds, entries, siteFile } from './support.ts';

interface Fragment {
	url: string;
	meta: Record<string, string>;
}

/** Pagefind's fragment files: one gzipped JSON record per indexed page, after a "pagefind_dcd" tag. */
function fragments(dist: string): Fragment[] {
	const dir = path.join(dist, 'pagefind', 'fragment');
	return readdirSync(dir).map((name) => {
		const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

for (const build of allBuilds) {
	const site = siteFile(build.content);
	const ids = (folder: string) => entries(build.content, folder).map((e) => e.id);
	const en = site.translations?.en?.levels;
	const sv = [
		...ids('areas').map((id) => ({ url: `omraden/${id}/`, level: site.levels.area.singular })),
		...ids('goals').map((id) => ({ url: `mal/${id}/`, level: site.levels.goal!.singular })),
		...(site.levels.strategy ? [{ url: 'strategier/', level: site.levels.strategy.plural }] : []),
		...ids('indicators').map((id) => ({ url: `indikatorer/${id}/`, level: site.levels.indicator.singular })),
		...ids('pages').map((id) => ({ url: `${id}/`, level: 'Sida' })),
	];
	// The English pages (src/pages/en/) are indexed with their English level names, where site.yaml has them.
	const english = site.locales?.includes('en')
		? [
				...ids('areas').map((id) => ({ url: `en/areas/${id}/`, level: en?.area?.singular ?? site.levels.area.singular })),
				...ids('goals').map((id) => ({ url: `en/goals/${id}/`, level: en?.goal?.singular ?? site.levels.goal!.singular })),
				...(site.levels.strategy ? [{ url: 'en/strategies/', level: en?.strategy?.plural ?? site.levels.strategy.plural }] : []),
				...ids('indicators').map((id) => ({ url: `en/indicators/${id}/`, level: en?.indicator?.singular ?? site.levels.indicator.singular })),
				...ids('pages').map((id) => ({ url: `en/${id}/`, level: 'Page' })),
			]
		: [];
	const expected = [...sv, ...english].sort((a, b) => a.url.localeCompare(b.url));

	describe(`${build.name}: the search index`, () => {
		it('has Pagefind’s script and an index per language, with a record per searchable page', () => {
			expect(existsSync(path.join(build.dist, 'pagefind', 'pagefind.js'))).toBe(true);
			const entry = JSON.parse(readFileSync(path.join(build.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
			expect(Object.keys(entry.languages).sort()).toEqual(english.length ? ['en', 'sv'] : ['sv']);
			expect(entry.languages.sv.page_count).toBe(sv.length);
			expect(entry.languages.sv.wasm).toBe('sv');
			if (english.length) {
				expect(entry.languages.en.page_count).toBe(english.length);
				expect(entry.languages.en.wasm).toBe('en');
			}
		});

		it('indexes areas, goals, the strategies page, indicators and free pages, each with its level name', () => {
			const found = fragments(build.dist)
				.map((f) => ({ url: f.url, level: f.meta.level }))
				.sort((a, b) => a.url.localeCompare(b.url));
			// Pagefind's addresses are site-relative; the page's script adds the base path.
			expect(found).toEqual(expected.map((e) => ({ ...e, url: `/${e.url}` })));
		});

		it('gives every area, goal and indicator a status word, and every record its h1 as title', () => {
			const words = ['Uppnått', 'Delvis uppnått', 'Ej uppnått', 'Bedömning saknas'];
			const englishWords = ['Achieved', 'Partly achieved', 'Not achieved', 'Not assessed'];
			for (const f of fragments(build.dist)) {
				expect(f.meta.title, f.url).toMatch(/\S/);
				if (/^\/(omraden|mal|indikatorer)\//.test(f.url)) expect(words, f.url).toContain(f.meta.status);
				else if (/^\/en\/(areas|goals|indicators)\//.test(f.url)) expect(englishWords, f.url).toContain(f.meta.status);
				else expect(f.meta.status, f.url).toBeUndefined();
			}
		});

		it('leaves out Pagefind’s own ready-made interfaces, which the site does not use', () => {
			expect(readdirSync(path.join(build.dist, 'pagefind')).filter((f) => f.includes('-ui') || f.includes('highlight'))).toEqual([]);
		});
	});
}
