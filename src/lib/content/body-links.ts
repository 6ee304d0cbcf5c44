import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import { say } from '../messages/index.ts';
import type { Model } from '../model/build.ts';
import { expectedFiles } from '../model/output.ts';
import type { Problem } from '../problems.ts';
import type { EntryCollection } from '../schema/entries.ts';
import { paths } from '../urls.ts';
import { bodyReferences, type BodyReference } from './body-references.ts';
import { closest, distance } from './closest.ts';
import type { Content } from './load.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The links and images in every body, original and translation, checked against the site the
 * model makes: a link to a page of the site must reach one, an image must be a file in the content
 * tree. Links to other sites are not followed (a build makes no requests). `base` is the site's
 * base path, which an editor may have written before a link's path.
 */
export function checkBodyLinks(content: Content, model: Model, base = '/'): Problem[] {
	const files = new Set(expectedFiles(model));
	const pages = [...files].filter((f) => f.endsWith('index.html')).map((f) => `/${f.slice(0, -'index.html'.length)}`);
	const entryFiles = new Map<string, string>();
	for (const c of COLLECTIONS) for (const e of content[c]) entryFiles.set(e.file, pageOf(c, e.id, 'sv'));
	const example = `/${model.areas[0] ? paths.area(model.areas[0].id) : paths.indicators()}`;
	const problems: Problem[] = [];
	const check = (collection: EntryCollection, id: string, file: string, body: string, bodyLine: number, edition: Locale) => {
		const page = `/${pageOf(collection, id, edition)}`;
		for (const reference of bodyReferences(body, bodyLine, file.endsWith('.mdx'))) {
			const said = reference.kind === 'image' ? imageProblem(reference, content.dir, file) : linkProblem(reference.url, page, file, { files, pages, entryFiles, base, example });
			if (said) problems.push({ severity: 'error', file, line: reference.line, ...said });
		}
	};
	for (const c of COLLECTIONS) for (const e of content[c]) check(c, e.id, e.file, e.body, e.bodyLine, 'sv');
	for (const t of content.translations) check(t.collection, t.id, t.file, t.body, t.bodyLine, t.locale === content.site.locale ? 'sv' : t.locale);
	return problems;
}

const COLLECTIONS = ['areas', 'goals', 'strategies', 'indicators', 'pages'] as const satisfies readonly EntryCollection[];

/** The address an entry's body is shown at, without the leading "/". */
function pageOf(collection: EntryCollection, id: string, edition: Locale): string {
	if (collection === 'areas') return paths.area(id, edition);
	if (collection === 'goals') return paths.goal(id, edition);
	if (collection === 'indicators') return paths.indicator(id, edition);
	if (collection === 'strategies') return paths.strategies(edition);
	return paths.page(id, edition);
}

function imageProblem({ url }: BodyReference, dir: string, file: string) {
	if (/^https?:|^\/\//i.test(url)) return say('bodyImageRemote', { url, host: hostOf(url) });
	if (SCHEME.test(url)) return undefined;
	const relative = decode(url.split(/[?#]/)[0]!);
	if (!relative.startsWith('/') && existsSync(path.join(dir, path.dirname(file), relative))) return undefined;
	return say('bodyImageMissing', { url, folder: path.posix.dirname(file), example: `bilder/${path.posix.basename(relative) || 'bild.png'}` });
}

interface Site {
	files: Set<string>;
	pages: string[];
	entryFiles: Map<string, string>;
	base: string;
	/** A page of this site, for the hints' examples. */
	example: string;
}

function linkProblem(url: string, page: string, file: string, site: Site) {
	if (SCHEME.test(url) || url.startsWith('//') || url.startsWith('#') || url.startsWith('?')) return undefined;
	const [target = ''] = url.split(/[?#]/);
	if (/\.mdx?$/i.test(target) && !target.startsWith('/')) {
		const entry = site.entryFiles.get(path.posix.normalize(path.posix.join(path.posix.dirname(file), decode(target))));
		return say('bodyLinkToFile', { url, page: entry === undefined ? undefined : `/${entry}`, example: site.example });
	}
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	const absolute = target.startsWith('/') ? (base !== '/' && target.startsWith(base) ? `/${target.slice(base.length)}` : target) : new URL(target, `http://site${page}`).pathname;
	const wanted = decode(absolute).slice(1);
	if (wanted === '' || site.files.has(wanted) || site.files.has(`${wanted.replace(/\/?$/, '/')}index.html`)) return undefined;
	// A relative link ("kontakt") is most likely a page's name written without its path.
	const meant = `/${(target.startsWith('/') ? wanted : decode(target).replace(/^(\.\.?\/)+/, '')).replace(/\/?$/, '/')}`;
	const guess = closest(meant, site.pages);
	const near = guess !== undefined && distance(meant, guess) <= Math.max(1, Math.floor(meant.length / 4));
	return say('bodyLinkBroken', { url, guess: near ? guess : undefined, relative: !target.startsWith('/'), example: site.example });
}

const decode = (text: string) => {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
};

const hostOf = (url: string) => {
	try {
		return new URL(url.startsWith('//') ? `https:${url}` : url).host;
	} catch {
		return url;
	}
};
