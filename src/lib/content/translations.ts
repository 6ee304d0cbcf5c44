import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { publishedLocales } from '../i18n/site.ts';
import { closest } from './closest.ts';
import { fieldName, type Content, type Translation } from './load.ts';

/**
 * Checks the languages in site.yaml and that every translation file belongs to an entry, in a
 * language the site is published in. A translation of an entry that could not be read is not
 * reported again.
 */
export function checkTranslations(content: Content): Problem[] {
	const problems: Problem[] = [];
	const { site } = content;
	if (site.locales && !site.locales.includes(site.locale)) {
		problems.push({ severity: 'error', file: 'site.yaml', line: content.siteLineOf(['locales']), field: 'locales', ...say('localeNotPublished', { locale: site.locale }) });
	}
	const other = (site.locales ?? []).find((l) => l !== site.locale);
	if (site.locale !== 'sv' && other) {
		problems.push({ severity: 'error', file: 'site.yaml', line: content.siteLineOf(['locales']), field: 'locales', ...say('secondLocaleUnsupported', { locale: site.locale, other }) });
	}
	const published = publishedLocales(site);
	const unreadable = new Set(content.failed.map((f) => `${f.collection}/${f.id}`));
	for (const t of content.translations) {
		const ids = content[t.collection].map((e) => e.id);
		if (ids.includes(t.id) && t.collection === 'indicators') problems.push(...checkSeries(t, content));
		if (!ids.includes(t.id)) {
			if (unreadable.has(`${t.collection}/${t.id}`)) continue;
			const original = t.file.replace(`.${t.locale}.`, '.');
			problems.push({ severity: 'error', file: t.file, line: 1, ...say('translationWithoutEntry', { id: t.id, lang: t.locale, collection: t.collection, original, guess: closest(t.id, ids) }) });
		} else if (!published.includes(t.locale)) {
			problems.push({ severity: 'warning', file: t.file, line: 1, ...say('translationNotPublished', { lang: t.locale }) });
		}
	}
	return problems;
}

/** A translated series must be one the indicator has: a name under its `series`, or in its CSV file. */
function checkSeries(t: Translation, content: Content): Problem[] {
	const entry = content.indicators.find((e) => e.id === t.id);
	if (!entry || !t.data.series?.length) return [];
	const dataset = entry.data.data ? content.datasets.get(entry.data.data) : undefined;
	const names = [...new Set([...entry.data.series.map((s) => s.name), ...(dataset?.observations ?? []).map((o) => o.series).filter((s): s is string => !!s)])];
	return t.data.series.flatMap((s, n) =>
		names.includes(s.name)
			? []
			: [{ severity: 'error' as const, file: t.file, line: t.lineOf(['series', n, 'name']), field: fieldName(['series', n, 'name']), ...say('translatedSeriesUnknown', { series: s.name, original: entry.file, names, guess: closest(s.name, names) }) }],
	);
}
