import { z } from 'astro/zod';

/** The four assessments shown to readers, as codes; labels live in the translation files. */
export const statusCodes = ['achieved', 'partly-achieved', 'not-achieved', 'unassessed'] as const;
export type Status = (typeof statusCodes)[number];

/** The four trend words shown to readers, as codes. */
export const trendCodes = ['positive', 'unchanged', 'negative', 'no-data'] as const;
export type Trend = (typeof trendCodes)[number];

/** Which way is better for a series; every numeric indicator must say it. */
export const directionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof directionSchema>;

/** A hand-made assessment: the status an editor sets and why. */
export const assessmentSchema = z.strictObject({
	/** The status the editor judges the entry to have. */
	status: z.enum(statusCodes),
	/** Why: shown beside the status, so readers see the reasoning. */
	motivation: z.string().trim().min(1),
});
export type Assessment = z.infer<typeof assessmentSchema>;
