import type { z } from 'astro/zod';
import { areaSchema, goalSchema, indicatorSchema, pageSchema, strategySchema, type EntryCollection } from './entries.ts';

/**
 * What a translation file (`areas/dialog.en.md` beside `areas/dialog.md`) may hold: the texts
 * readers see, every one optional (a missing one shows in the default language), and the body.
 * Derived from the entry schemas, so a field keeps its rules and its help in both places; the
 * facts (order, references, data, targets) stay in the original and are not repeated.
 */
export const translatableFields = {
	areas: ['title', 'summary'],
	goals: ['title', 'summary'],
	strategies: ['title'],
	indicators: ['title', 'unit'],
	pages: ['title', 'description'],
} as const satisfies Record<EntryCollection, readonly string[]>;

const pick = <S extends z.ZodObject, K extends keyof S['shape'] & string>(schema: S, keys: readonly K[]) =>
	schema.pick(Object.fromEntries(keys.map((k) => [k, true])) as never).partial();

export const translationSchemas = {
	areas: pick(areaSchema, translatableFields.areas),
	goals: pick(goalSchema, translatableFields.goals),
	strategies: pick(strategySchema, translatableFields.strategies),
	indicators: pick(indicatorSchema, translatableFields.indicators),
	pages: pick(pageSchema, translatableFields.pages),
} satisfies Record<EntryCollection, z.ZodObject>;

/** A translation's fields: a part of the entry's. */
export type TranslationData = { title?: string; summary?: string; description?: string; unit?: string };
