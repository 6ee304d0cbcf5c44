/**
 * The embed pages' addresses as host-configuration patterns. The addresses themselves are
 * `paths.embed` in src/lib/urls.ts.
 */
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../urls.ts';

/**
 * The `_headers` pattern that matches every embed page of an edition, under the base path; `:id`
 * is one path segment there.
 */
export const embedPattern = (edition: Locale) => `${paths.embed(':id', edition)}*`;

/** Whether a site path (under the base path) is an embed page of any edition. */
export const isEmbedPath = (sitePath: string) => /^(indikatorer\/[^/]+\/inbaddning|en\/indicators\/[^/]+\/embed)\//.test(sitePath);

export const EDITIONS: readonly Locale[] = ['sv', 'en'];
