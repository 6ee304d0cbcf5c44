import { z } from 'astro/zod';

/** A year in front matter: a four-digit number. */
const year = z.number().int().min(1900).max(2200);

const common = {
	/** The CSV `Series` value this target is about; leave out when the data has one series. */
	series: z.string().trim().min(1).optional(),
	/** A short note shown with the target, e.g. where it was decided. */
	note: z.string().trim().min(1).optional(),
};

const levelFields = {
	...common,
	/** The value to reach. */
	value: z.number(),
	/** The year by which the value should be reached. */
	year: year.optional(),
	/** Yearly targets (årsmål): year → value; the latest year with data is assessed against its own target. */
	yearly: z.record(z.string().regex(/^\d{4}$/, 'ett fyrsiffrigt år, t.ex. 2024'), z.number()).optional(),
};

/** Every kind of target the seeds need, told apart by `kind`. */
export const targetSchema = z.discriminatedUnion('kind', [
	/** At least a value: "minst 50 000 m²". */
	z.strictObject({ kind: z.literal('at-least'), ...levelFields }),
	/** At most a value: "högst 5 %". */
	z.strictObject({ kind: z.literal('at-most'), ...levelFields }),
	/** A rank at most N, where 1 is best: "Topp 100". */
	z.strictObject({ kind: z.literal('rank-at-most'), ...levelFields }),
	/** Above or below a comparison series in the same CSV: "högre än genomsnittet". */
	z.strictObject({
		kind: z.literal('compare'),
		...common,
		/** Whether the own value should be above or below the comparison. */
		relation: z.enum(['above', 'below']),
		/** The disaggregation value that marks the comparison rows, e.g. "Riket". */
		against: z.string().trim().min(1),
		/** The CSV column holding `against`; needed only when several columns could hold it. */
		column: z.string().trim().min(1).optional(),
		/** First year assessed; default: the last four years with data. */
		from: year.optional(),
	}),
	/** Among the best share of a group, the value being the rank (1 is best): "bland de 25 % bästa". */
	z.strictObject({
		kind: z.literal('top-share'),
		...common,
		/** The share, in per cent, that counts as the best. */
		share: z.number().gt(0).lte(100),
		/** How many are ranked, e.g. 290 municipalities. */
		groupSize: z.number().int().positive(),
	}),
	/** An increase every year: "årlig ökning". */
	z.strictObject({ kind: z.literal('increase'), ...common, /** First year assessed; default: the last four changes. */ from: year.optional() }),
	/** A decrease every year. */
	z.strictObject({ kind: z.literal('decrease'), ...common, /** First year assessed; default: the last four changes. */ from: year.optional() }),
	/** Above zero every year: "överskott varje år". */
	z.strictObject({ kind: z.literal('positive'), ...common, /** First year assessed; default: the last four years. */ from: year.optional() }),
]);
export type Target = z.infer<typeof targetSchema>;
export type TargetKind = Target['kind'];

/** The direction each kind of target implies; a target that contradicts its series' direction is an error. */
export const impliedDirection = {
	'at-least': 'higher',
	'at-most': 'lower',
	'rank-at-most': 'lower',
	'top-share': 'lower',
	increase: 'higher',
	decrease: 'lower',
	positive: 'higher',
} as const satisfies Record<Exclude<TargetKind, 'compare'>, 'higher' | 'lower'>;
