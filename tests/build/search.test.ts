/**
 * The search index each build writes into `pagefind/`: one record per area, goal, indicator and
 * free page, and the strategies page, counted from the content tree's files, each with the level
 * name from site.yaml; never the home page, the list of indicators, the search page or the 404.
 * The index is Swedish (stemming) for the Swedish site, and its addresses keep the base path.
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
	const expected = [
		...ids('areas').map((id) => ({ url: `omraden/${id}/`, level: site.levels.area.singular })),
		...ids('goals').map((id) => ({ url: `mal/${id}/`, level: site.levels.goal!.singular })),
		...(site.levels.strategy ? [{ url: 'strategier/', level: site.levels.strategy.plural }] : []),
		...ids('indicators').map((id) => ({ url: `indikatorer/${id}/`, level: site.levels.indicator.singular })),
		...ids('pages').map((id) => ({ url: `${id}/`, level: 'Sida' })),
	].sort((a, b) => a.url.localeCompare(b.url));

	describe(`${build.name}: the search index`, () => {
		it('has Pagefind’s script and one Swedish index with a record per searchable page', () => {
			expect(existsSync(path.join(build.dist, 'pagefind', 'pagefind.js'))).toBe(true);
			const entry = JSON.parse(readFileSync(path.join(build.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
			expect(Object.keys(entry.languages)).toEqual(['sv']);
			expect(entry.languages.sv.page_count).toBe(expected.length);
			expect(entry.languages.sv.wasm).toBe('sv');
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
			for (const f of fragments(build.dist)) {
				expect(f.meta.title, f.url).toMatch(/\S/);
				if (/^\/(omraden|mal|indikatorer)\//.test(f.url)) expect(words, f.url).toContain(f.meta.status);
				else expect(f.meta.status, f.url).toBeUndefined();
			}
		});

		it('leaves out Pagefind’s own ready-made interfaces, which the site does not use', () => {
			expect(readdirSync(path.join(build.dist, 'pagefind')).filter((f) => f.includes('-ui') || f.includes('highlight'))).toEqual([]);
		});
	});
}
