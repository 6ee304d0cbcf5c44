/**
 * The search index: Pagefind reads the built pages and writes its index beside them, in
 * `pagefind/`. Only what a page marks with `data-pagefind-body` is indexed (areas, goals, the
 * strategies page, indicators, free pages), and each `<html lang>` gets its own index with that
 * language's stemming, so Swedish pages are searched in Swedish and English pages in English.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeOver } from '../write-over.ts';
import type { SearchablePages } from './pages.ts';

/** The folder under the site root that holds the index and Pagefind's own script. */
export const SEARCH_DIR = 'pagefind';

/**
 * Pagefind also makes its ready-made interfaces; the site has its own small one
 * (src/scripts/search-element.ts), so these would only be dead weight on the host.
 */
const UNUSED = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export interface SearchIndex {
	/** Pages indexed, per language code ("sv", "en"). */
	languages: Record<string, number>;
}

/**
 * Indexes the pages `pages` names (see searchablePages) of the site in `siteDir` into
 * `siteDir/pagefind/`; throws when Pagefind reports an error or indexes another number of pages
 * than it was given (one is missing, or has lost its `data-pagefind-body`).
 */
export async function indexSite(siteDir: string, pages: SearchablePages): Promise<SearchIndex> {
	const out = path.join(siteDir, SEARCH_DIR);
	const pagefind = await import('pagefind');
	// Pagefind's service does not notice when its program ends before answering: its promises
	// would never settle, and Node would exit in the middle of the build. When nothing is left to
	// wait for but Pagefind, it has stopped.
	let idle: (() => void) | undefined;
	const stopped = new Promise<never>((_, reject) => {
		idle = () => reject(new Error('Pagefind avslutades utan att svara.'));
		process.once('beforeExit', idle);
	});
	const index = async () => {
		const created = await pagefind.createIndex({});
		if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind could not start.');
		const { index } = created;
		const added = await index.addDirectory({ path: siteDir, glob: pages.glob });
		if (added.errors.length) throw new Error(added.errors.join('\n'));
		const got = await index.getFiles();
		if (got.errors.length) throw new Error(got.errors.join('\n'));
		return got.files;
	};
	let files: Awaited<ReturnType<typeof index>>;
	try {
		files = await Promise.race([index(), stopped]);
	} catch (error) {
		throw new Error(`Sökindexet kunde inte skrivas: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		process.off('beforeExit', idle!);
		await pagefind.close();
	}
	// Over the index of the site the staging folder held, which is mostly the same from build to
	// build: only what changed is written, and what is gone removed (see writeOver).
	writeOver(out, new Map(files.filter((file) => !UNUSED.includes(file.path)).map((file) => [file.path, file.content])));
	const languages = await languagesOf(out);
	const indexed = Object.values(languages).reduce((a, b) => a + b, 0);
	if (indexed !== pages.count) throw new Error(`Sökindexet kunde inte skrivas: ${pages.count} sidor ska gå att hitta, men ${indexed} fanns med sin text märkt med data-pagefind-body.`);
	return { languages };
}

/** The languages and page counts Pagefind wrote into an index folder (its pagefind-entry.json). */
export async function languagesOf(indexDir: string): Promise<Record<string, number>> {
	const entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}
