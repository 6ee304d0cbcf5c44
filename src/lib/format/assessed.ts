import type { Locale } from '../i18n/locales.ts';
import type { Assessment } from '../schema/status.ts';
import { formatDate } from './number.ts';

const words: Record<Locale, { assessed: string; on: string; by: string }> = {
	sv: { assessed: 'Bedömd', on: '', by: 'av' },
	en: { assessed: 'Assessed', on: 'on', by: 'by' },
};

/** When and by whom an assessment was made, as a sentence: "Bedömd 12 mars 2026 av Kommunstyrelsen."; undefined when the file says neither. */
export function assessedText(assessment: Pick<Assessment, 'date' | 'by'>, locale: Locale = 'sv'): string | undefined {
	const { date, by } = assessment;
	if (!date && !by) return undefined;
	const w = words[locale];
	const parts = [w.assessed, ...(date ? [w.on, formatDate(new Date(`${date}T00:00:00Z`), locale)] : []), ...(by ? [w.by, by] : [])];
	return `${parts.filter(Boolean).join(' ')}.`;
}
