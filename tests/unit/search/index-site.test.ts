/**
 * indexSite on a small site of Swedish and English pages: each language gets its own index with
 * its own stemming, only what pages mark with data-pagefind-body is indexed, and Pagefind's
 * ready-made interfaces are not left in the site.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../../src/lib/search/index-site.ts';

const html = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>Meny</header>${body}</body></html>`;

const site = mkdtempSync(path.join(tmpdir(), 'malbild-search-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = (file: string, content: string) => {
	mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
	writeFileSync(path.join(site, file), content);
};

describe('indexSite', () => {
	page('omraden/tillvaxt/index.html', html('sv', '<main data-pagefind-body data-pagefind-meta="level:Målområde"><h1>Hållbar tillväxt</h1><p>Fler besökare.</p></main>'));
	page('mal/ekonomi/index.html', html('sv', '<main data-pagefind-body><h1>Stark ekonomi</h1></main>'));
	page('indikatorer/index.html', html('sv', '<main><h1>Indikatorer</h1><p>Fler besökare.</p></main>'));
	page('en/areas/growth/index.html', html('en', '<main data-pagefind-body data-pagefind-meta="level:Area"><h1>Sustainable growth</h1><p>More visitors.</p></main>'));
	page('old/pagefind/keep.txt', 'not an index');

	test('writes one index per language, counting only pages marked data-pagefind-body', async () => {
		const { languages } = await indexSite(site);
		expect(languages).toEqual({ en: 1, sv: 2 });
		const files = readdirSync(path.join(site, 'pagefind'));
		// The Swedish and English stemmers each have their own WebAssembly file.
		expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.sv.pagefind', 'wasm.en.pagefind']));
		expect(files.filter((f) => /-ui|highlight/.test(f))).toEqual([]);
		expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.sv.wasm).toBe('sv');
	});

	test('replaces an earlier index instead of adding to it', async () => {
		writeFileSync(path.join(site, 'pagefind', 'stale.pf_fragment'), 'x');
		await indexSite(site);
		expect(readdirSync(path.join(site, 'pagefind'))).not.toContain('stale.pf_fragment');
	});

	test('fails, in Swedish, when the folder cannot be indexed', async () => {
		await expect(indexSite(path.join(site, 'finns-inte'))).rejects.toThrow(/^Sökindexet kunde inte skrivas: /);
	});
});
