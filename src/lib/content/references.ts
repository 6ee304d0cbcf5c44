import type { z } from 'astro/zod';
import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { entrySchemas, type EntryCollection } from '../schema/entries.ts';
import { referencedCollection, type CollectionName } from '../schema/reference.ts';
import type { Content } from './load.ts';
import { closest } from './closest.ts';

/** The fields of a schema that hold references, found from the schema itself. */
export function referenceFields(schema: z.ZodObject): { field: string; collection: CollectionName; many: boolean }[] {
	const fields = [];
	for (const [field, value] of Object.entries(schema.shape)) {
		let inner = unwrap(value as z.ZodType);
		let many = false;
		if (inner.def.type === 'array') {
			inner = unwrap((inner as z.ZodArray).element as z.ZodType);
			many = true;
		}
		const collection = referencedCollection(inner);
		if (collection) fields.push({ field, collection, many });
	}
	return fields;
}

function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	while (s.def.type === 'optional' || s.def.type === 'default' || s.def.type === 'nullable') {
		s = (s.def as unknown as { innerType: z.ZodType }).innerType;
	}
	return s;
}

/** Checks that every reference in every entry names something that exists. */
export function checkReferences(content: Content, dataFiles: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const ids: Record<CollectionName, string[]> = {
		areas: content.areas.map((e) => e.id),
		goals: content.goals.map((e) => e.id),
		strategies: content.strategies.map((e) => e.id),
		indicators: content.indicators.map((e) => e.id),
		pages: content.pages.map((e) => e.id),
		data: [...dataFiles],
	};
	// Looked up once per reference: a Set, so a tree of 20 000 indicators is checked in linear time.
	const known = Object.fromEntries(Object.entries(ids).map(([c, list]) => [c, new Set(list)])) as Record<CollectionName, Set<string>>;
	// A file that exists but could not be read has its own problem; pointing at it is not a second one.
	const unreadable = new Set(content.failed.map((f) => `${f.collection}/${f.id}`));
	for (const collection of Object.keys(entrySchemas) as EntryCollection[]) {
		const fields = referenceFields(entrySchemas[collection]);
		// A file with another mistake is checked too, as far as its fields are text: every problem in one run.
		const readable = content.failed.flatMap((f) => (f.collection === collection && f.data && f.lineOf ? [{ file: f.file, data: f.data, lineOf: f.lineOf }] : []));
		for (const entry of [...content[collection], ...readable]) {
			const data = entry.data as Record<string, unknown>;
			for (const { field, collection: target, many } of fields) {
				const raw = data[field];
				const values = (many ? (Array.isArray(raw) ? raw : []) : raw === undefined ? [] : [raw]) as unknown[];
				values.forEach((value, i) => {
					if (typeof value !== 'string' || known[target].has(value) || unreadable.has(`${target}/${value}`)) return;
					const path = many ? [field, i] : [field];
					problems.push({
						severity: 'error',
						file: entry.file,
						line: entry.lineOf(path),
						field: many ? `${field}[${i + 1}]` : field,
						...(target === 'data' && SPREADSHEET.test(value)
							? notCsv(value, known.data)
							: say('unknownReference', { collection: target, level: levelWord(content, target), value, valid: ids[target], guess: closest(value, ids[target]) })),
					});
				});
			}
		}
	}
	return problems;
}

/** A workbook named as a data file: read only as CSV, whatever else lies in data/. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** `data: boende.xlsx`: what to save, or which CSV beside it to name instead. */
function notCsv(value: string, dataFiles: ReadonlySet<string>) {
	const csv = value.replace(SPREADSHEET, '.csv');
	return say('dataNotCsv', { value, csv, csvExists: dataFiles.has(csv) });
}

/** What the site calls the level a reference points at, from site.yaml; undefined where the site does not name it. */
export function levelWord(content: Content, collection: CollectionName): string | undefined {
	const levels = content.site.levels;
	switch (collection) {
		case 'areas':
			return levels.area.singular;
		case 'goals':
			return levels.goal?.singular;
		case 'strategies':
			return levels.strategy?.singular;
		case 'indicators':
			return levels.indicator.singular;
		default:
			return undefined;
	}
}
