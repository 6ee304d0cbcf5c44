import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { referenceFields } from '../../../src/lib/content/references.ts';
import { areaSchema, goalSchema, indicatorSchema, pageSchema, strategySchema } from '../../../src/lib/schema/entries.ts';
import { ref, referencedCollection } from '../../../src/lib/schema/reference.ts';

describe('referenceFields', () => {
	it('finds area, goal, strategies and data on the indicator schema', () => {
		expect(referenceFields(indicatorSchema)).toEqual([
			{ field: 'area', collection: 'areas', many: false },
			{ field: 'goal', collection: 'goals', many: false },
			{ field: 'strategies', collection: 'strategies', many: true },
			{ field: 'data', collection: 'data', many: false },
		]);
	});

	it('finds the references of the other entry schemas', () => {
		expect(referenceFields(goalSchema)).toEqual([{ field: 'area', collection: 'areas', many: false }]);
		expect(referenceFields(strategySchema)).toEqual([
			{ field: 'area', collection: 'areas', many: false },
			{ field: 'goal', collection: 'goals', many: false },
		]);
		expect(referenceFields(areaSchema)).toEqual([]);
		expect(referenceFields(pageSchema)).toEqual([]);
	});

	it('sees through optional, default and nullable, and into arrays', () => {
		const schema = z.object({
			plain: ref('pages'),
			optional: ref('areas').optional(),
			defaulted: ref('goals').default('x'),
			nullable: ref('indicators').nullable(),
			list: z.array(ref('strategies')).optional(),
			text: z.string(),
			texts: z.array(z.string()),
		});
		expect(referenceFields(schema)).toEqual([
			{ field: 'plain', collection: 'pages', many: false },
			{ field: 'optional', collection: 'areas', many: false },
			{ field: 'defaulted', collection: 'goals', many: false },
			{ field: 'nullable', collection: 'indicators', many: false },
			{ field: 'list', collection: 'strategies', many: true },
		]);
	});
});

describe('referencedCollection', () => {
	it('reads the collection from a reference and nothing from a plain string', () => {
		expect(referencedCollection(ref('data'))).toBe('data');
		expect(referencedCollection(z.string())).toBeUndefined();
	});
});
