/**
 * The status and trend badges as HTML: an icon and the label. Pages show them hundreds of times
 * (each indicator on its page, its embed page and the print edition, once per series), so they
 * are strings made once per status, language and prefix rather than Astro components rendered
 * each time (docs/performance.md). The markup is what the components wrote before, byte for byte.
 */
import { escape } from 'html-escaper';
import { words } from '../format/words.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Status, Trend } from '../schema/status.ts';

/** Icons for the colour-blind: shape as well as colour tells the statuses apart. */
const STATUS_ICONS: Record<Status, string> = {
	achieved:
		'<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="currentColor"></circle><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"></path></svg>',
	'partly-achieved':
		'<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor"></path></svg>',
	'not-achieved':
		'<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="currentColor"></circle><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2.2" stroke-linecap="round"></path></svg>',
	unassessed:
		'<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.3"></circle><path d="M6 10h8" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg>',
};

/** The arrow shows better or worse, not up or down: for "lower is better" a fall is positive. */
const TREND_PATHS: Record<Trend, string> = {
	positive: 'M4 16L15 5M8 5h7v7',
	negative: 'M4 4l11 11M15 8v7H8',
	unchanged: 'M3 10h13M11 5l5 5-5 5',
	'no-data': 'M5 10h10',
};

const made = new Map<string, string>();
const once = (key: string, make: () => string) => made.get(key) ?? made.set(key, make()).get(key)!;
const hidden = (prefix: string | undefined) => (prefix ? `<span class="visually-hidden">${escape(prefix)}</span>` : '');

/** A status badge: "Uppnått" with its icon. `prefix` is read before the label ("Status:") where the context is not obvious. */
export function statusBadge(status: Status, locale: Locale = 'sv', prefix?: string): string {
	return once(`s\0${status}\0${locale}\0${prefix ?? ''}`, () => `<span class="status status-${status}">${STATUS_ICONS[status]}${hidden(prefix)}${escape(words[locale].status[status])}</span>`);
}

/** A trend badge: "Positiv utveckling" with its arrow. */
export function trendBadge(trend: Trend, locale: Locale = 'sv', prefix?: string): string {
	return once(
		`t\0${trend}\0${locale}\0${prefix ?? ''}`,
		() =>
			`<span class="trend trend-${trend}"><svg viewBox="0 0 20 20" aria-hidden="true"><path d="${TREND_PATHS[trend]}" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"></path></svg>${hidden(prefix)}${escape(words[locale].trend[trend])}</span>`,
	);
}
