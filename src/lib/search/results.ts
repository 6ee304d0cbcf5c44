/**
 * From what Pagefind returns for a result to what the search lists: a title, the level name
 * ("Målområde", "Indikator"), the status word and the excerpt. Pure, so that it is tested without a
 * browser; src/scripts/search-element.ts puts it on the page.
 */

/** The part of a Pagefind result's data the search uses. */
export interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

/** A piece of an excerpt: plain text, or a matched word that is shown marked. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface Hit {
	href: string;
	title: string;
	/** The page's level name from site.yaml, e.g. "Målområde"; "" when the page has none. */
	level: string;
	/** The status word, e.g. "Delvis uppnått"; "" when the page has no status. */
	status: string;
	excerpt: ExcerptPart[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Pagefind's escaped text back to plain text; unknown entities stay as they are. */
const unescape = (text: string) => text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);

/**
 * Splits an excerpt at Pagefind's <mark> tags. The parts are text, never markup: the page puts
 * them in text nodes, so nothing from the index is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(piece)) mark = true;
		else if (/^<\/mark>$/i.test(piece)) mark = false;
		else if (piece) parts.push({ text: unescape(piece), mark });
	}
	return parts;
}

/** A result as the search lists it. */
export function toHit(data: PagefindData): Hit {
	const meta = data.meta;
	return {
		href: data.url,
		title: (meta.title ?? '').trim() || data.url,
		level: (meta.level ?? '').trim(),
		status: (meta.status ?? '').trim(),
		excerpt: excerptParts(data.excerpt),
	};
}

/** The words for the number of results. */
export interface CountWords {
	none: string;
	one: string;
	/** With `{n}` for the number. */
	many: string;
}

/** "Inga träffar", "1 träff", "12 träffar"; the number formatted for the page's language. */
export function countText(n: number, words: CountWords, locale: string): string {
	if (n === 0) return words.none;
	if (n === 1) return words.one;
	return words.many.replace('{n}', n.toLocaleString(locale));
}
