import { z } from 'astro/zod';
import { formatText } from '../messages/index.ts';
import { help } from './help.ts';
import { statusCodes } from './status-codes.ts';

export { statusCodes, trendCodes, type Status, type Trend } from './status-codes.ts';

/** Which way is better for a series; every numeric indicator must say it. */
export const directionSchema = z.enum(['higher', 'lower']).meta(
	help(['Riktning', 'Är högre eller lägre värden bättre?'], ['Direction', 'Are higher or lower values better?'], {
		options: { higher: ['Högre är bättre', 'Higher is better'], lower: ['Lägre är bättre', 'Lower is better'] },
	}),
);
export type Direction = z.infer<typeof directionSchema>;

/** A hand-made assessment: the status an editor sets and why. */
export const assessmentSchema = z.strictObject({
	/** The status the editor judges the entry to have. */
	status: z.enum(statusCodes).meta(
		help(['Status', 'Hur det går, enligt er bedömning.'], ['Status', 'How it is going, as you judge it.'], {
			options: {
				achieved: ['Uppnått', 'Achieved'],
				'partly-achieved': ['Delvis uppnått', 'Partly achieved'],
				'not-achieved': ['Ej uppnått', 'Not achieved'],
				unassessed: ['Bedömning saknas', 'Not assessed'],
			},
		}),
	),
	/** Why: shown beside the status, so readers see the reasoning. */
	motivation: z
		.string()
		.trim()
		.min(1)
		.meta(
			help(['Motivering', 'Varför ni gör den bedömningen. Texten visas bredvid statusen, så att läsaren ser hur ni tänkt.'], ['Motivation', 'Why you judge it so. It is shown beside the status, so readers see your reasoning.'], {
				multiline: true,
			}),
		),
	/** When the assessment was made: shown with it, so a reader can tell an old judgement from a fresh one. */
	date: z
		.string()
		.regex(z.core.regexes.date, formatText('date'))
		.optional()
		.meta(help(['Bedömd', 'Dagen då bedömningen gjordes, t.ex. 2026-03-12. Visas med bedömningen.'], ['Assessed', 'The day the assessment was made, e.g. 2026-03-12. Shown with the assessment.'])),
	/** Who made it, e.g. a committee: shown with the date. */
	by: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Bedömd av', 'Vem som gjorde bedömningen, t.ex. Kommunstyrelsen. Visas med bedömningen.'], ['Assessed by', 'Who made the assessment, e.g. the municipal executive board. Shown with the assessment.'])),
});
export type Assessment = z.infer<typeof assessmentSchema>;
