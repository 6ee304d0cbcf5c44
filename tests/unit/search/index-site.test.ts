/**
 * indexSite on a small site of Swedish and English pages: each language gets its own index with
 * its own stemming, only the pages it is given are read, a page that lost its data-pagefind-body
 * fails the index, and Pagefind's ready-made interfaces are not left in the site.
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
const pages = { glob: '{omraden/tillvaxt/index.html,mal/ekonomi/index.html,en/areas/growth/index.html}', count: 3 };

describe('indexSite', () => {
	page('omraden/tillvaxt/index.html', html('sv', '<main data-pagefind-body data-pagefind-meta="level:Målområde"><h1>Hållbar tillväxt</h1><p>Fler besökare.</p></main>'));
	page('mal/ekonomi/index.html', html('sv', '<main data-pagefind-body><h1>Stark ekonomi</h1></main>'));
	page('indikatorer/index.html', html('sv', '<main><h1>Indikatorer</h1><p>Fler besökare.</p></main>'));
	// Marked, but not among the pages given: never read.
	page('mal/ekonomi/inbaddning/index.html', html('sv', '<main data-pagefind-body><h1>Inbäddning</h1></main>'));
	page('en/areas/growth/index.html', html('en', '<main data-pagefind-body data-pagefind-meta="level:Area"><h1>Sustainable growth</h1><p>More visitors.</p></main>'));

	test('writes one index per language, of the pages given', async () => {
		const { languages } = await indexSite(site, pages);
		expect(languages).toEqual({ en: 1, sv: 2 });
		const files = readdirSync(path.join(site, 'pagefind'));
		// The Swedish and English stemmers each have their own WebAssembly file.
		expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.sv.pagefind', 'wasm.en.pagefind']));
		expect(files.filter((f) => /-ui|highlight/.test(f))).toEqual([]);
		expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.sv.wasm).toBe('sv');
	});

	test('replaces an earlier index instead of adding to it', async () => {
		writeFileSync(path.join(site, 'pagefind', 'fragment', 'sv_stale.pf_fragment'), 'x');
		await indexSite(site, pages);
		expect(readdirSync(path.join(site, 'pagefind', 'fragment'))).not.toContain('sv_stale.pf_fragment');
	});

	test('fails, in Swedish, when a page has lost its data-pagefind-body or is missing', async () => {
		const message = /^Sökindexet kunde inte skrivas: 3 sidor ska gå att hitta, men 1 fanns med sin text märkt med data-pagefind-body\.$/;
		await expect(indexSite(site, { glob: '{omraden/tillvaxt/index.html,indikatorer/index.html,mal/finns-inte/index.html}', count: 3 })).rejects.toThrow(message);
	});

	test('fails, in Swedish, when the folder cannot be indexed', async () => {
		await expect(indexSite(path.join(site, 'finns-inte'), pages)).rejects.toThrow(/^Sökindexet kunde inte skrivas: /);
	});
});
