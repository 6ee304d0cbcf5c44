/** The languages editor-facing messages are written in: Swedish (the site's locale, the default) and English. */
export type Lang = 'sv' | 'en';

/** One message to an editor: what is wrong, naming what was found and what was expected, and how to fix it. */
export interface Text {
	message: string;
	hint?: string;
}

/** A role a CSV column plays, as far as messages name it. */
export type ColumnRole = 'year' | 'value' | 'series' | 'units' | 'geoCode';

/** The CSV delimiters the reader accepts. */
export type DelimiterChar = ';' | ',' | '\t';

/** A collection a reference can point at. */
export type RefCollection = 'areas' | 'goals' | 'strategies' | 'indicators' | 'pages' | 'data';

/** The format descriptions the schemas use for `.regex()`, `z.email()` and `z.url()`. */
export type FormatKey = 'year' | 'koladaId' | 'url' | 'email' | 'colour' | 'basePath' | 'logo' | 'orgNumber' | 'municipalityCode' | 'koladaArea' | 'koladaGroup' | 'origin' | 'date';

/** A format as a zod issue carries it: one of the schemas' own, or a text the catalogue does not know. */
export type Format = { key: FormatKey } | { text: string };

/** A failed request to Kolada, as `src/lib/kolada/client.ts` describes it. */
export interface KoladaFailure {
	kind: 'http' | 'network' | 'json' | 'shape' | 'paging';
	url: string;
	status?: number;
	body?: string;
	attempts?: number;
	detail?: string;
}

/** A mistake in a `kolada:` block that its schema finds across fields. */
export type KoladaSettingsIssue = 'comparisonIsOwn' | 'comparisonTwice' | 'labelTwice' | 'seriesTwice';
