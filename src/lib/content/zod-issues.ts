import type { z } from 'astro/zod';
import { formatOf, say, type Said } from '../messages/index.ts';
import { closest } from './closest.ts';

type Issue = z.core.$ZodIssue;

/** A zod issue as a sentence an editor understands, plus a hint where one helps. `root` is the schema the whole file was checked against. */
export function describeIssue(issue: Issue, root?: z.ZodType): Said {
	const key = String(issue.path.at(-1));
	switch (issue.code) {
		case 'invalid_type': {
			const { expected, input } = issue;
			if (input === undefined) return say('fieldMissing', { key, expected });
			if (input === null) return say('fieldEmpty', { expected });
			if (expected === 'int' && typeof input === 'number') return say('notInteger', { input });
			return say('wrongType', { input, expected, key });
		}
		case 'invalid_value':
			return say('notAllowed', { input: issue.input, values: issue.values.map(String) });
		case 'unrecognized_keys': {
			const known = root ? fieldsAt(root, issue.path, issue.input) : [];
			const guess = issue.keys.length === 1 ? closest(issue.keys[0]!, known) : undefined;
			return say('unknownField', { keys: issue.keys, known, guess });
		}
		case 'too_small':
			if (issue.origin === 'string') return say('emptyText');
			if (issue.origin === 'array') return say('listTooShort', { minimum: String(issue.minimum) });
			return say('tooSmall', { input: issue.input, inclusive: !!issue.inclusive, minimum: String(issue.minimum) });
		case 'too_big':
			return say('tooBig', { input: issue.input, inclusive: !!issue.inclusive, maximum: String(issue.maximum) });
		case 'invalid_format':
			// Every format in the schemas carries a description of what is expected (see formatText).
			return say('wrongFormat', { input: issue.input, format: formatOf(issue.message) });
		case 'invalid_key': {
			const inner = issue.issues[0];
			return say('badKey', { input: issue.input, format: inner?.code === 'invalid_format' ? formatOf(inner.message) : undefined });
		}
		case 'invalid_union': {
			const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
			if (discriminator) {
				const input = issue.input as Record<string, unknown> | undefined;
				const allowed = options?.map(String);
				if (input === null || typeof input !== 'object') return say('variantNotGroup', { input, discriminator, options: allowed });
				const found = input[discriminator];
				if (found === undefined) return say('variantMissing', { discriminator, options: allowed });
				return say('variantNotAllowed', { found, discriminator, options: allowed });
			}
			return say('doesNotFit', { input: issue.input });
		}
		default:
			return say('doesNotFit', { input: issue.input });
	}
}

type Def = {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	discriminator?: string;
	values?: unknown[];
};
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	while (defOf(s).innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(defOf(s).type)) s = defOf(s).innerType!;
	return s;
}

/** The objects a schema may be, with the one a union's discriminator picks for `input` when it picks one. */
function objectsOf(schema: z.ZodType, input?: unknown): Record<string, z.ZodType>[] {
	const s = unwrap(schema);
	const def = defOf(s);
	if (def.type === 'object' && def.shape) return [def.shape];
	if (def.type === 'union' && def.options) {
		const objects = def.options.flatMap((o) => objectsOf(o));
		const tag = def.discriminator && input && typeof input === 'object' ? (input as Record<string, unknown>)[def.discriminator] : undefined;
		const picked = objects.filter((shape) => {
			const field = def.discriminator ? shape[def.discriminator] : undefined;
			return field && defOf(unwrap(field)).values?.includes(tag);
		});
		return picked.length ? picked : objects;
	}
	return [];
}

/** The field names allowed at `path` of `root`, in schema order; `input` is the value there. */
export function fieldsAt(root: z.ZodType, path: readonly PropertyKey[], input?: unknown): string[] {
	let schemas = [root];
	for (const key of path) {
		schemas = schemas.flatMap((s) => {
			const def = defOf(unwrap(s));
			if (typeof key === 'number') return def.type === 'array' && def.element ? [def.element] : [];
			return objectsOf(s).flatMap((shape) => (shape[String(key)] ? [shape[String(key)]!] : []));
		});
	}
	return [...new Set(schemas.flatMap((s) => objectsOf(s, input).flatMap((shape) => Object.keys(shape))))];
}
