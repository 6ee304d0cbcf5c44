/**
 * Front matter for a new entry, written from its schema: every field of the schema appears, with
 * its help text from the schema's metadata as a comment above it. Fields given a value are
 * written; the others are commented out with `# `, ready to be switched on.
 */
import { stringify } from 'yaml';
import type { FieldInfo, ValueShape } from '../schema/fields.ts';
import type { FieldMeta } from '../schema/help.ts';

export type Lang = 'sv' | 'en';

const words = {
	sv: { choose: 'Välj', kinds: 'Typer av mål (kind)' },
	en: { choose: 'Choose', kinds: 'Kinds of target (kind)' },
} as const;

/** A value as YAML on one line: `"Andel elever"`, `naringsliv`, `[a, b]`, `{ year: 2025, value: 60 }`. */
export function yamlValue(value: unknown): string {
	return stringify(value, { lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'flow', defaultStringType: 'PLAIN' }).trim();
}

function helpLine(help: FieldMeta | undefined, lang: Lang): string {
	if (!help) return '';
	const t = lang === 'en' ? help.en : help;
	return `${t.title}: ${t.description}`;
}

function choices(shape: ValueShape, help: FieldMeta | undefined, lang: Lang): string {
	if (shape.type !== 'enum' || shape.values.length < 2) return '';
	const labels = help?.options ?? {};
	const list = shape.values.map((v) => (labels[v] ? `${v} (${labels[v][lang === 'en' ? 1 : 0]})` : v)).join(', ');
	return ` ${words[lang].choose}: ${list}.`;
}

/** What a commented-out field shows after its name: its default, or a first choice, or nothing. */
function example(field: FieldInfo): string {
	if (field.default !== undefined) return ` ${yamlValue(field.default)}`;
	const shape = field.shape;
	if (shape.type === 'enum') return ` ${shape.values[0]}`;
	if (shape.type === 'boolean') return ' false';
	if (shape.type === 'record') return ' [{ year: 2030, value: 0 }]';
	return '';
}

/**
 * The lines of front matter for `fields`, with `values` filled in. A value for a field the schema
 * does not have is a programming mistake and throws, as does a required field without a value.
 */
export function frontMatterLines(fields: FieldInfo[], values: Record<string, unknown>, lang: Lang = 'sv'): string[] {
	const unknown = Object.keys(values).filter((k) => !fields.some((f) => f.name === k));
	if (unknown.length) throw new Error(`no such field: ${unknown.join(', ')}`);
	const lines: string[] = [];
	for (const field of fields) {
		const about = helpLine(field.help, lang) + choices(field.shape, field.help, lang) + kindsOf(field.shape, lang);
		if (about) lines.push(`# ${about}`);
		if (field.name in values) {
			lines.push(`${field.name}: ${yamlValue(values[field.name])}`);
			continue;
		}
		if (field.required) throw new Error(`the required field ${field.name} has no value`);
		lines.push(...commented(field, lang));
	}
	return lines;
}

/** A field commented out: the YAML it would be, fields inside it with their help at the end of the line, each line after `# `. */
function commented(field: FieldInfo, lang: Lang): string[] {
	return block(field, lang, '').map((line) => `# ${line}`);
}

/** The YAML lines of a field with an example value, the fields inside it included. */
function block(field: FieldInfo, lang: Lang, indent: string): string[] {
	const shape = field.shape;
	const head = `${indent}${field.name}:`;
	const inside = `${indent}  `;
	const children = (fields: FieldInfo[], at: string) => fields.flatMap((f) => withHelp(block(f, lang, at), f, lang));
	if (shape.type === 'object') return [head, ...children(shape.fields, inside)];
	if (shape.type === 'union') {
		// The first kind as the example; the comment above the field lists them all.
		const kind: FieldInfo = { name: shape.discriminator, required: true, shape: { type: 'enum', values: shape.variants.map((v) => v.value) }, ...(shape.discriminatorHelp ? { help: shape.discriminatorHelp } : {}) };
		return [head, ...children([kind, ...shape.variants[0]!.fields], inside)];
	}
	if (shape.type === 'array' && shape.element.type === 'object') {
		const item = `${inside}  `;
		const lines = children(shape.element.fields, item);
		if (lines[0]) lines[0] = `${inside}- ${lines[0].slice(item.length)}`;
		return [head, ...lines];
	}
	return [`${head}${example(field)}`];
}

function withHelp(lines: string[], field: FieldInfo, lang: Lang): string[] {
	const about = helpLine(field.help, lang) + choices(field.shape, field.help, lang);
	if (!about || !lines[0]) return lines;
	return [`${lines[0].padEnd(24)} # ${about}`, ...lines.slice(1)];
}

/** For a target: the kinds there are, with their names, in the comment above it. */
function kindsOf(shape: ValueShape, lang: Lang): string {
	if (shape.type !== 'union') return '';
	const list = shape.variants.map((v) => (v.help ? `${v.value} (${(lang === 'en' ? v.help.en : v.help).title})` : v.value)).join(', ');
	return ` ${words[lang].kinds}: ${list}.`;
}
