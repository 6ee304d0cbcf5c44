/**
 * The fields of a zod schema as plain data: name, whether it must be given, its default, its help
 * for editors and what kind of value it holds. The CMS configuration and `npm run new` are both
 * generated from this, so neither keeps a list of fields by hand.
 */
import type { z } from 'astro/zod';
import { fieldHelp, type FieldMeta } from './help.ts';
import { referencedCollection, type CollectionName } from './reference.ts';

export type ValueShape =
	| { type: 'string'; format?: 'url' | 'email'; patterns: { source: string; message?: string }[]; minLength?: number }
	| { type: 'number'; int: boolean; min?: number; max?: number; exclusiveMin?: number; exclusiveMax?: number }
	| { type: 'boolean' }
	| { type: 'enum'; values: string[] }
	| { type: 'literal'; value: string }
	| { type: 'reference'; collection: CollectionName }
	| { type: 'array'; element: ValueShape; elementHelp?: FieldMeta }
	| { type: 'object'; fields: FieldInfo[] }
	| { type: 'union'; discriminator: string; discriminatorHelp?: FieldMeta; variants: Variant[] }
	| { type: 'record'; key: ValueShape; value: ValueShape };

/** One kind of a discriminated union, e.g. the target `at-least`. */
export interface Variant {
	/** The discriminator's value: "at-least". */
	value: string;
	help?: FieldMeta;
	/** Its fields, the discriminator left out. */
	fields: FieldInfo[];
}

export interface FieldInfo {
	name: string;
	/** False when the field may be left out (optional, or it has a default). */
	required: boolean;
	/** The value used when the field is left out. */
	default?: unknown;
	help?: FieldMeta;
	shape: ValueShape;
}

type Def = {
	type: string;
	innerType?: z.ZodType;
	out?: z.ZodType;
	defaultValue?: unknown;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	discriminator?: string;
	entries?: Record<string, string>;
	values?: unknown[];
	keyType?: z.ZodType;
	valueType?: z.ZodType;
	format?: string;
	checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean; minimum?: number; error?: (issue?: unknown) => unknown };

const defOf = (schema: z.ZodType) => schema.def as unknown as Def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);

const OPTIONAL = new Set(['optional', 'default', 'prefault', 'nullable']);
const TRANSPARENT = new Set(['readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/nullable wrappers (and the output of a pipe), with what they said. */
export function unwrapField(schema: z.ZodType): { inner: z.ZodType; required: boolean; default?: unknown } {
	let s = schema;
	let required = true;
	let fallback: unknown;
	for (;;) {
		const def = defOf(s);
		if (OPTIONAL.has(def.type) && def.innerType) {
			required = false;
			if (def.type === 'default' || def.type === 'prefault') fallback = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
			s = def.innerType;
		} else if (TRANSPARENT.has(def.type) && def.innerType) s = def.innerType;
		else if (def.type === 'pipe' && def.out) s = def.out;
		else break;
	}
	return fallback === undefined ? { inner: s, required } : { inner: s, required, default: fallback };
}

/** The fields of an object schema, in schema order. */
export function objectFields(schema: z.ZodType): FieldInfo[] {
	const shape = defOf(unwrapField(schema).inner).shape;
	if (!shape) throw new Error('not an object schema');
	return Object.entries(shape).map(([name, field]) => fieldInfo(name, field));
}

export function fieldInfo(name: string, schema: z.ZodType): FieldInfo {
	const { inner, required, default: fallback } = unwrapField(schema);
	const info: FieldInfo = { name, required, shape: valueShape(inner) };
	if (fallback !== undefined) info.default = fallback;
	const meta = fieldHelp(schema);
	if (meta) info.help = meta;
	return info;
}

/** What kind of value a (unwrapped) schema holds. */
export function valueShape(schema: z.ZodType): ValueShape {
	const s = unwrapField(schema).inner;
	const def = defOf(s);
	const collection = referencedCollection(s);
	if (collection) return { type: 'reference', collection };
	switch (def.type) {
		case 'string': {
			const checks = checksOf(s);
			const patterns = checks
				.filter((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern)
				.map((c) => ({ source: c.pattern!.source, message: errorMessage(c.error) }));
			const shape: ValueShape = { type: 'string', patterns };
			if (def.format === 'url' || def.format === 'email') shape.format = def.format;
			const minLength = checks.find((c) => c.check === 'min_length')?.minimum;
			if (minLength !== undefined) shape.minLength = minLength;
			return shape;
		}
		case 'number': {
			const checks = checksOf(s);
			const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32'));
			const shape: ValueShape = { type: 'number', int };
			for (const c of checks) {
				if (c.check === 'greater_than' && c.value !== undefined) {
					if (c.inclusive) shape.min = c.value;
					else shape.exclusiveMin = c.value;
				}
				if (c.check === 'less_than' && c.value !== undefined) {
					if (c.inclusive) shape.max = c.value;
					else shape.exclusiveMax = c.value;
				}
			}
			// .positive() is "greater than 0": for an integer, at least 1.
			if (int && shape.exclusiveMin !== undefined && shape.min === undefined) shape.min = Math.floor(shape.exclusiveMin) + 1;
			return shape;
		}
		case 'boolean':
			return { type: 'boolean' };
		case 'enum':
			return { type: 'enum', values: Object.values(def.entries ?? {}) };
		case 'literal':
			return { type: 'literal', value: String(def.values?.[0]) };
		case 'array': {
			const element = def.element!;
			const shape: ValueShape = { type: 'array', element: valueShape(element) };
			const meta = fieldHelp(element);
			if (meta) shape.elementHelp = meta;
			return shape;
		}
		case 'object':
			return { type: 'object', fields: objectFields(s) };
		case 'union': {
			if (!def.discriminator) throw new Error('only discriminated unions are supported');
			const key = def.discriminator;
			let discriminatorHelp: FieldMeta | undefined;
			const variants = (def.options ?? []).map((option): Variant => {
				const fields = objectFields(option);
				const tag = fields.find((f) => f.name === key);
				if (tag?.shape.type !== 'literal') throw new Error(`a variant without a literal ${key}`);
				discriminatorHelp ??= tag.help;
				const variant: Variant = { value: tag.shape.value, fields: fields.filter((f) => f.name !== key) };
				const meta = fieldHelp(option);
				if (meta) variant.help = meta;
				return variant;
			});
			return discriminatorHelp ? { type: 'union', discriminator: key, discriminatorHelp, variants } : { type: 'union', discriminator: key, variants };
		}
		case 'record':
			return { type: 'record', key: valueShape(def.keyType!), value: valueShape(def.valueType!) };
		default:
			throw new Error(`a schema of type ${def.type} has no field description`);
	}
}

/** The message a check was given (`.regex(re, 'en färg som #rrggbb')`), if it was given one. */
function errorMessage(error: ((issue?: unknown) => unknown) | undefined): string | undefined {
	if (typeof error !== 'function') return undefined;
	try {
		const result = error({ code: 'invalid_format', format: 'regex', input: '' });
		if (typeof result === 'string') return result;
		if (result && typeof result === 'object' && typeof (result as { message?: unknown }).message === 'string') return (result as { message: string }).message;
	} catch {
		// A message function that needs more than we give it: no message.
	}
	return undefined;
}
