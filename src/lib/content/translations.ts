import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { publishedLocales } from '../i18n/site.ts';
import { closest } from './closest.ts';
import type { Content } from './load.ts';

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
