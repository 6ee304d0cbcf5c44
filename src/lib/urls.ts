/** Site-relative paths for every kind of page, so a sub-path deployment (`/malbild/`) needs no other change. */
export const paths = {
	home: () => '',
	area: (id: string) => `omraden/${id}/`,
	goal: (id: string) => `mal/${id}/`,
	indicators: () => 'indikatorer/',
	indicator: (id: string) => `indikatorer/${id}/`,
	indicatorCsv: (id: string) => `indikatorer/${id}.csv`,
	indicatorJson: (id: string) => `indikatorer/${id}.json`,
	strategies: () => 'strategier/',
	strategy: (id: string) => `strategier/#${id}`,
	page: (id: string) => `${id}/`,
	/** The print edition: the whole framework on one page, laid out for A4 (src/components/PrintEdition.astro). */
	print: () => 'utskrift/',
	printEn: () => 'en/print/',
	/** The open-data page and the site-wide downloads (src/lib/open-data). */
	openData: () => 'oppna-data/',
	siteCsv: () => 'data.csv',
	indicatorIndex: () => 'indikatorer.json',
	dcat: () => 'dcat.rdf',
} as const;

/** A path under the site's base, e.g. "/malbild/omraden/dialog/". */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
