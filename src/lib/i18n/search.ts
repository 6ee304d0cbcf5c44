/**
 * What readers see of the search, in Swedish and English. Level names (Målområde, Indikator…) and
 * status words are not here: the index carries them from each page (src/lib/search/page-meta.ts).
 */
export const searchWords = {
	sv: {
		/** The header link and the button that opens the search. */
		open: 'Sök',
		/** The dialog's and the search page's heading. */
		title: 'Sök på webbplatsen',
		label: 'Sökord',
		submit: 'Sök',
		close: 'Stäng',
		/** Read by screen readers after each search. */
		count: { none: 'Inga träffar', one: '1 träff', many: '{n} träffar' },
		loading: 'Söker …',
		failed: 'Sökningen gick inte att ladda. Ladda om sidan och försök igen.',
		status: 'Status',
		/** The search page without JavaScript. */
		needsScript: 'Sökningen behöver JavaScript, som är avstängt eller inte laddades i din webbläsare. Allt innehåll nås också via länkarna här.',
		/** A free page's level name in the results. */
		page: 'Sida',
		/** The heading of the links on the search page. */
		contents: 'Innehåll',
	},
	en: {
		open: 'Search',
		title: 'Search the site',
		label: 'Search terms',
		submit: 'Search',
		close: 'Close',
		count: { none: 'No results', one: '1 result', many: '{n} results' },
		loading: 'Searching …',
		failed: 'The search could not be loaded. Reload the page and try again.',
		status: 'Status',
		needsScript: 'Search needs JavaScript, which is turned off or did not load in your browser. All content can also be reached through these links.',
		page: 'Page',
		contents: 'Contents',
	},
} as const;

export type SearchLocale = keyof typeof searchWords;
export type SearchWords = (typeof searchWords)[SearchLocale];

/** The words the search script needs, for its `data-words` attribute. */
export function scriptWords(locale: SearchLocale): string {
	const w = searchWords[locale];
	return JSON.stringify({ count: w.count, loading: w.loading, failed: w.failed, status: w.status });
}
