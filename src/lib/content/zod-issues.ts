import type { z } from 'astro/zod';
import { formatOf, say, type Said } from '../messages/index.ts';
import { fieldHelp, type FieldMeta } from '../schema/help.ts';
import { closest } from './closest.ts';

type Issue = z.core.$ZodIssue;

/** A zod issue as a sentence an editor understands, plus a hint where one helps. `root` is the schema the whole file was checked against. */
export function describeIssue(issue: Issue, root?: z.ZodType): Said {
	const key = String(issue.path.at(-1));
	const field = root && issue.code !== 'unrecognized_keys' ? fieldAt(root, issue.path) : undefined;
	// The field's own help ("Målår: Året då värdet ska vara nått, t.ex. 2030.") fits it better than a hint for every number.
	const about = field && fieldHelp(field);
	switch (issue.code) {
		case 'invalid_type': {
			const { input } = issue;
			// zod names the type it failed on first: a text given for a whole number is "expected number".
			const expected = issue.expected === 'number' && field && isInteger(field) ? 'int' : issue.expected;
			if (input === undefined) return say('fieldMissing', { key, expected });
			if (input === null) return say('fieldEmpty', { expected });
			if (expected === 'int' && typeof input === 'number') return say('notInteger', { input, about });
			return say('wrongType', { input, expected, key, about });
		}
		case 'invalid_value': {
			const values = issue.values.map(String);
			return say('notAllowed', { input: issue.input, values, guess: guessValue(issue.input, values, about), about });
		}
		case 'unrecognized_keys': {
			const known = root ? fieldsAt(root, issue.path, issue.input) : [];
			const guess = issue.keys.length === 1 && root ? guessField(issue.keys[0]!, root, issue.path, known) : undefined;
			return say('unknownField', { keys: issue.keys, known, guess: guess?.name, label: guess?.label });
		}
		case 'too_small':
			if (issue.origin === 'string') return say('emptyText');
			if (issue.origin === 'array') return say('listTooShort', { minimum: String(issue.minimum) });
			return say('tooSmall', { input: issue.input, inclusive: !!issue.inclusive, minimum: String(issue.minimum), about });
		case 'too_big':
			return say('tooBig', { input: issue.input, inclusive: !!issue.inclusive, maximum: String(issue.maximum), about });
		case 'invalid_format':
			// Every format in the schemas carries a description of what is expected (see formatText).
			return say('wrongFormat', { input: issue.input, format: formatOf(issue.message), key });
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
	out?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	discriminator?: string;
	values?: unknown[];
};
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	for (;;) {
		const def = defOf(s);
		if (def.innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) s = def.innerType;
		else if (def.type === 'pipe' && def.out) s = def.out;
		else return s;
	}
}

const isInteger = (schema: z.ZodType) => (unwrap(schema) as { isInt?: boolean }).isInt === true;

/**
 * The allowed value an editor most likely meant: the same in other letter case, a near spelling,
 * or the first word of a value's label in either language ("högre" for higher, "Högre är bättre").
 */
function guessValue(input: unknown, values: readonly string[], about: FieldMeta | undefined): string | undefined {
	if (typeof input !== 'string' || input.trim() === '') return undefined;
	const word = input.trim().toLowerCase();
	const labelled = Object.entries(about?.options ?? {}).find(([, labels]) => labels.some((label) => label.toLowerCase().split(/\s+/)[0] === word));
	return labelled?.[0] ?? closest(word, values);
}

/**
 * The field an unknown name most likely meant: a near spelling of its name, or its label in either
 * language, since the scaffolds and the CMS show labels ("Enhet") and the file wants names (unit).
 */
function guessField(key: string, root: z.ZodType, path: readonly PropertyKey[], known: readonly string[]): { name: string; label?: string } | undefined {
	const byName = closest(key, known);
	if (byName) return { name: byName };
	const labels = known.flatMap((name) => {
		const help = fieldAt(root, [...path, name]);
		const meta = help && fieldHelp(help);
		return meta ? [{ name, label: meta.title, en: meta.en.title }] : [];
	});
	const word = key.toLowerCase();
	const match = labels.find((l) => l.label.toLowerCase() === word || l.en.toLowerCase() === word) ?? labels.find((l) => closest(key, [l.label, l.en]));
	return match && { name: match.name, label: match.label };
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

/** The schemas a value at `path` of `root` may have to match: several where a union's variants share a field. */
function schemasAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
	let schemas = [root];
	for (const key of path) {
		schemas = schemas.flatMap((s) => {
			const def = defOf(unwrap(s));
			if (typeof key === 'number') return def.type === 'array' && def.element ? [def.element] : [];
			return objectsOf(s).flatMap((shape) => (shape[String(key)] ? [shape[String(key)]!] : []));
		});
	}
	return schemas;
}

/** The schema of the field at `path`, preferring one that carries help for editors. */
export function fieldAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	if (path.length === 0) return undefined;
	const schemas = schemasAt(root, path);
	return schemas.find((s) => fieldHelp(s)) ?? schemas[0];
}

/** The field names allowed at `path` of `root`, in schema order; `input` is the value there. */
export function fieldsAt(root: z.ZodType, path: readonly PropertyKey[], input?: unknown): string[] {
	return [...new Set(schemasAt(root, path).flatMap((s) => objectsOf(s, input).flatMap((shape) => Object.keys(shape))))];
}
