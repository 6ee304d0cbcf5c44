/**
 * How each value in the downloads is attributed, as its source's terms require. Kolada's terms:
 * values as Kolada publishes them are "Källa: Kolada"; anything computed from them (a rank, a
 * status, a trend) is "Egen bearbetning av data från Kolada". The same wording as the Kolada
 * import's (`ATTRIBUTION` in src/lib/kolada/import.ts; a unit test holds the two together).
 */
import type { Observation } from '../data/types.ts';
import type { IndicatorData } from '../schema/entries.ts';

export const KOLADA_ATTRIBUTION = { values: 'Källa: Kolada', computed: 'Egen bearbetning av data från Kolada' } as const;

/** The attribution of an indicator's values and of what is computed from them; blank when it names no source. */
export interface Attribution {
	values: string;
	computed: string;
}

/** Whether the indicator's values come from Kolada: a Kolada id, or a source called Kolada. */
export function isKolada(data: Pick<IndicatorData, 'source'>): boolean {
	return Boolean(data.source?.kolada) || /kolada/i.test(data.source?.name ?? '');
}

/** The indicator's attribution: Kolada's wording for Kolada, "Källa: <name>" for another named source. */
export function attributionOf(data: Pick<IndicatorData, 'source'>): Attribution {
	if (isKolada(data)) return { ...KOLADA_ATTRIBUTION };
	const name = data.source?.name;
	return name ? { values: `Källa: ${name}`, computed: `Egen bearbetning av data från ${name}` } : { values: '', computed: '' };
}

/**
 * Whether a row holds a computed value rather than the source's own: the Kolada import notes its
 * computed ranks "… Egen bearbetning av data från Kolada." in an annotation column (COMMENT_OBS).
 */
export function isComputed(observation: Pick<Observation, 'notes'>): boolean {
	return Object.values(observation.notes).some((note) => /egen bearbetning/i.test(note));
}

/** The attribution of one row. */
export function rowAttribution(data: Pick<IndicatorData, 'source'>, observation: Pick<Observation, 'notes'>): string {
	const a = attributionOf(data);
	return isComputed(observation) ? a.computed : a.values;
}
