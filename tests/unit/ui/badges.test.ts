/**
 * The status and trend badges: every status and trend in both languages has its own icon and its
 * label in words (colour is never the only cue), a prefix is there for screen readers only, and
 * the text is escaped.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/lib/format/words.ts';
import { locales as LOCALES } from '../../../src/lib/i18n/locales.ts';
import { statusCodes as STATUSES, trendCodes as TRENDS } from '../../../src/lib/schema/status.ts';
import { statusBadge, trendBadge } from '../../../src/lib/ui/badges.ts';

const cases = LOCALES.flatMap((locale) => [
	...STATUSES.map((code) => ({ kind: 'status' as const, code, locale, html: statusBadge(code, locale), label: words[locale].status[code] })),
	...TRENDS.map((code) => ({ kind: 'trend' as const, code, locale, html: trendBadge(code, locale), label: words[locale].trend[code] })),
]);

describe('badges', () => {
	it.each(cases)('$kind $code ($locale): a span of its class with a hidden icon and the label "$label"', ({ kind, code, html, label }) => {
		const $ = load(html, null, false);
		const badge = $(`span.${kind}.${kind}-${code}`);
		expect(badge).toHaveLength(1);
		expect(badge.find('svg[aria-hidden="true"]')).toHaveLength(1);
		expect(badge.text()).toBe(label);
		expect(label).not.toBe('');
	});

	it('draws a different icon for each status and each trend', () => {
		const icons = (list: readonly string[]) => new Set(list.map((html) => load(html, null, false)('svg').html()));
		expect(icons(STATUSES.map((s) => statusBadge(s))).size).toBe(STATUSES.length);
		expect(icons(TRENDS.map((t) => trendBadge(t))).size).toBe(TRENDS.length);
	});

	it('puts a prefix before the label for screen readers only, escaped', () => {
		const $ = load(statusBadge('achieved', 'sv', 'Status <&>:'), null, false);
		expect($('.visually-hidden').text()).toBe('Status <&>:');
		expect($('span.status').text()).toBe(`Status <&>:${words.sv.status.achieved}`);
		expect(statusBadge('achieved', 'sv', 'Status <&>:')).toContain('Status &lt;&amp;&gt;:');
		expect(load(trendBadge('negative', 'en', 'Trend:'), null, false)('.visually-hidden').text()).toBe('Trend:');
	});

	it('gives the same text for the same badge, and another for another prefix', () => {
		expect(statusBadge('not-achieved', 'en')).toBe(statusBadge('not-achieved', 'en'));
		expect(statusBadge('not-achieved', 'en', 'Status:')).not.toBe(statusBadge('not-achieved', 'en'));
	});
});
