/**
 * A table's or chart's caption as HTML, followed by the "Exempeldata" tag when its values are
 * made-up sample data, so that the caption says so wherever it is copied.
 */
import { escape } from 'html-escaper';
import type { Locale } from '../i18n/locales.ts';
import { uiWords } from '../i18n/ui.ts';

export function captionWithSampleTag(caption: string, sample: boolean, locale: Locale): string {
	return `${escape(caption)}${sample ? ` <span class="sample-tag">${escape(uiWords[locale].sample)}</span>` : ''}`;
}
