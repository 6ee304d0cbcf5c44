/*
 * The status and trend vocabularies on their own, without zod, so the browser's scripts can use
 * them (src/scripts/filter-element.ts) without bundling the schemas.
 */

/** The four assessments shown to readers, as codes; labels live in the translation files. */
export const statusCodes = ['achieved', 'partly-achieved', 'not-achieved', 'unassessed'] as const;
export type Status = (typeof statusCodes)[number];

/** The four trend words shown to readers, as codes. */
export const trendCodes = ['positive', 'unchanged', 'negative', 'no-data'] as const;
export type Trend = (typeof trendCodes)[number];
