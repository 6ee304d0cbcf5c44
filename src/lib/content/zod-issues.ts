import type { z } from 'astro/zod';
import { closest } from './closest.ts';

type Issue = z.core.$ZodIssue;

const typeWords: Record<string, string> = {
	string: 'en text',
	number: 'ett tal',
	int: 'ett heltal',
	boolean: 'true eller false',
	array: 'en lista',
	object: 'en grupp av fält',
	record: 'en grupp av fält',
	date: 'ett datum',
};

/** How to write a value of each type, for the hint under a wrong one. */
const typeHints: Record<string, string> = {
	string: 'Skriv en text efter kolonet, inom citattecken om den innehåller kolon.',
	number: 'Skriv talet med bara siffror, utan mellanrum, och med punkt som decimaltecken, t.ex. 1400 eller 12.5.',
	int: 'Skriv ett heltal, t.ex. 2.',
	boolean: 'Skriv true (ja) eller false (nej).',
	object: 'Skriv fälten på egna rader under namnet, indragna med två mellanslag.',
	record: 'Skriv fälten på egna rader under namnet, indragna med två mellanslag.',
};

function describeInput(input: unknown): string {
	if (input === null) return 'ett tomt värde';
	if (Array.isArray(input)) return 'en lista';
	if (typeof input === 'object') return 'en grupp av fält';
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	return `"${String(input)}"`;
}

/** A zod issue as a sentence an editor understands, plus a hint where one helps. `root` is the schema the whole file was checked against. */
export function describeIssue(issue: Issue, root?: z.ZodType): { message: string; hint?: string } {
	const key = issue.path.at(-1);
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeWords[issue.expected] ?? issue.expected;
			if (issue.input === undefined) {
				const hint = issue.expected === 'object' || issue.expected === 'record'
					? `Lägg till en rad ${String(key)}: och skriv dess fält på raderna under, indragna med två mellanslag.`
					: `Lägg till en rad ${String(key)}: … med ${expected}.`;
				return { message: `fältet saknas; det ska vara ${expected}.`, hint };
			}
			if (issue.input === null) {
				return { message: `fältet är tomt; det ska vara ${expected}.`, hint: 'Skriv värdet efter kolonet på samma rad, eller ta bort raden om fältet inte behövs.' };
			}
			if (issue.expected === 'int' && typeof issue.input === 'number') {
				return { message: `${issue.input} är inte ett heltal.`, hint: typeHints.int };
			}
			const hint =
				issue.expected === 'array' && typeof issue.input === 'string'
					? `Skriv listan inom hakparenteser, t.ex. ${String(key)}: [${issue.input}], eller ett värde per rad som börjar med "- ".`
					: issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
						? `Skriv värdet inom citattecken, "${issue.input}", så läses det som text.`
						: typeHints[issue.expected];
			return { message: `${describeInput(issue.input)} är ${typeWord(issue.input)}, men det ska vara ${expected}.`, hint };
		}
		case 'invalid_value':
			return {
				message: `${describeInput(issue.input)} är inte ett tillåtet värde.`,
				hint: `Tillåtna värden: ${issue.values.map(String).join(', ')}.`,
			};
		case 'unrecognized_keys': {
			const known = root ? fieldsAt(root, issue.path, issue.input) : [];
			const guess = issue.keys.length === 1 ? closest(issue.keys[0]!, known) : undefined;
			return {
				message: `okänt fält ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
				hint: known.length
					? `${guess ? `Menade du "${guess}"? ` : ''}Fält som går att använda här: ${known.join(', ')}.`
					: 'Kontrollera stavningen av fältnamnet.',
			};
		}
		case 'too_small':
			if (issue.origin === 'string') return { message: 'fältet är tomt.', hint: 'Skriv en text efter kolonet, eller ta bort raden om fältet inte behövs.' };
			if (issue.origin === 'array') return { message: `listan ska ha minst ${issue.minimum} värden.` };
			return { message: `${describeInput(issue.input)} är för litet; det ska vara ${issue.inclusive ? 'minst' : 'större än'} ${issue.minimum}.` };
		case 'too_big':
			return { message: `${describeInput(issue.input)} är för stort; det ska vara ${issue.inclusive ? 'högst' : 'mindre än'} ${issue.maximum}.` };
		case 'invalid_format':
			// Every format in the schemas carries a Swedish description of what is expected.
			if (/^Invalid/.test(issue.message)) return { message: `${describeInput(issue.input)} har fel form.` };
			return { message: `${describeInput(issue.input)} har fel form; det ska vara ${issue.message}.` };
		case 'invalid_key': {
			const inner = issue.issues[0];
			const expected = inner?.code === 'invalid_format' && !/^Invalid/.test(inner.message) ? `; det ska vara ${inner.message}` : '';
			return { message: `${describeInput(issue.input)} går inte att använda som namn här${expected}.` };
		}
		case 'invalid_union': {
			const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
			if (discriminator) {
				const input = issue.input as Record<string, unknown> | undefined;
				const found = input && typeof input === 'object' ? input[discriminator] : undefined;
				return {
					message:
						input === null || typeof input !== 'object'
							? `${describeInput(input)} är ${typeWord(input)}, men det ska vara en grupp av fält med ${discriminator} först.`
							: found === undefined
								? `fältet ${discriminator} saknas.`
								: `${describeInput(found)} är inte ett tillåtet värde.`,
					hint: options ? `Tillåtna värden för ${discriminator}: ${options.map(String).join(', ')}.` : undefined,
				};
			}
			return { message: `${describeInput(issue.input)} passar inte här.` };
		}
		default:
			return { message: `${describeInput(issue.input)} passar inte här.` };
	}
}

function typeWord(input: unknown): string {
	if (typeof input === 'string') return 'en text';
	if (typeof input === 'number') return 'ett tal';
	if (typeof input === 'boolean') return 'ett sant/falskt-värde';
	return describeInput(input);
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
