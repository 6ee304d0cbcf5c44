/**
 * One schema field → one CMS field (a Sveltia/Decap "widget"), from the field's description in
 * `src/lib/schema/fields.ts`: labels and help texts from the schema's metadata, required when the
 * schema requires it, references as relations, choices as selects, numbers as numbers, the kinds
 * of a target as the variable types of one object.
 */
import type { Field, RelationField, SelectField } from '@sveltia/cms';
import { catalogues, formatOf } from '../messages/index.ts';
import type { FieldInfo, ValueShape, Variant } from '../schema/fields.ts';
import type { FieldMeta, FieldText } from '../schema/help.ts';
import type { CollectionName } from '../schema/reference.ts';

export type Language = 'sv' | 'en';

export interface WidgetContext {
	/** The language of labels and help texts. */
	language: Language;
	/** The CMS collection of each kind of reference; a reference to a collection not in the configuration gets no field. */
	collections: Partial<Record<CollectionName, { label?: string; labelMany?: string }>>;
	/** The data folder relative to the repository root, e.g. "content/data". */
	dataFolder: string;
}

/** Texts the schemas cannot give: the generic parts of the CMS's help. */
const words = {
	sv: {
		pattern: (message: string | undefined) => (message ? `Skriv ${message}.` : 'Värdet har fel form.'),
		year: 'År',
		value: 'Värde',
		yearlyItem: 'årsmål',
		dataFile: 'Välj en CSV-fil i mappen data, eller ladda upp en ny.',
	},
	en: {
		pattern: (message: string | undefined) => (message ? `Write ${message}.` : 'The value has the wrong form.'),
		year: 'Year',
		value: 'Value',
		yearlyItem: 'yearly target',
		dataFile: 'Choose a CSV file in the data folder, or upload a new one.',
	},
} as const;

const text = (help: FieldMeta | undefined, language: Language): FieldText | undefined => (help ? (language === 'en' ? help.en : help) : undefined);

/** The CMS field for a schema field; undefined when it refers to a collection the CMS does not have. */
export function widget(field: FieldInfo, context: WidgetContext): Field | undefined {
	const made = make(field, context);
	// name, label and widget first: the generated file reads like a hand-written one.
	if (!made) return undefined;
	const { name, label, widget: type, ...rest } = made as Field & { widget?: string };
	return { name, label, widget: type, ...rest } as Field;
}

function make(field: FieldInfo, context: WidgetContext): Field | undefined {
	const t = text(field.help, context.language);
	const base = {
		name: field.name,
		label: t?.title ?? field.name,
		...(t ? { hint: t.description } : {}),
		...(field.required ? {} : { required: false }),
	};
	const shape = field.shape;
	switch (shape.type) {
		case 'string': {
			if (field.help?.colour) return { ...base, widget: 'color', allowInput: true, ...withDefault(field), ...pattern(shape, context) };
			if (field.help?.multiline) return { ...base, widget: 'text', ...withDefault(field), ...pattern(shape, context) };
			return { ...base, widget: 'string', ...(shape.format ? { type: shape.format } : {}), ...withDefault(field), ...pattern(shape, context) };
		}
		case 'number':
			return {
				...base,
				widget: 'number',
				value_type: shape.int ? 'int' : 'float',
				...(shape.min !== undefined ? { min: shape.min } : {}),
				...(shape.max !== undefined ? { max: shape.max } : {}),
				...(typeof field.default === 'number' ? { default: field.default } : {}),
			};
		case 'boolean':
			return { ...base, widget: 'boolean', ...(typeof field.default === 'boolean' ? { default: field.default } : {}) };
		case 'enum':
			// A choice of one is no choice: it is written with its only value, out of sight.
			if (shape.values.length === 1) return { name: field.name, label: base.label, widget: 'hidden', default: shape.values[0] };
			return select(base, shape.values, field, context);
		case 'literal':
			return { name: field.name, label: base.label, widget: 'hidden', default: shape.value };
		case 'reference': {
			if (shape.collection === 'data') return dataFile(base, context);
			const target = context.collections[shape.collection];
			if (!target) return undefined;
			return relation({ ...base, label: target.label ?? base.label }, shape.collection);
		}
		case 'array': {
			const element = shape.element;
			if (element.type === 'reference') {
				const target = context.collections[element.collection];
				if (!target) return undefined;
				return relation({ ...base, label: target.labelMany ?? base.label }, element.collection, true);
			}
			if (element.type === 'object') {
				const fields = subfields(element.fields, context);
				const summary = element.fields.some((f) => f.name === 'name') ? '{{fields.name}}' : undefined;
				return { ...base, widget: 'list', fields, collapsed: 'auto', ...(summary ? { summary } : {}) };
			}
			if (element.type === 'union') return { ...base, widget: 'list', ...variableTypes(element.discriminator, element.variants, context) };
			// A list of plain values: one field per item.
			const item = widget({ name: 'item', required: true, shape: element, ...(shape.elementHelp ? { help: shape.elementHelp } : {}) }, context);
			return item ? { ...base, widget: 'list', field: item } : { ...base, widget: 'list' };
		}
		case 'object':
			return { ...base, widget: 'object', fields: subfields(shape.fields, context), ...(field.required ? {} : { collapsed: 'auto' }) };
		case 'union':
			return { ...base, widget: 'object', ...variableTypes(shape.discriminator, shape.variants, context), ...(field.required ? {} : { collapsed: 'auto' }) };
		case 'record': {
			// Year → value (årsmål), written as a list of { year, value }: Sveltia turns a map with
			// number-like keys ("2023": 60) into a list of 2023 empty items, so the schema reads the
			// list form too (see yearlyList in src/lib/schema/target.ts).
			const w = words[context.language];
			const value = shape.value.type === 'number' ? shape.value : undefined;
			return {
				...base,
				widget: 'list',
				label_singular: w.yearlyItem,
				summary: '{{fields.year}}: {{fields.value}}',
				fields: [
					{ name: 'year', label: w.year, widget: 'number', value_type: 'int', min: 1900, max: 2200 },
					{ name: 'value', label: w.value, widget: 'number', value_type: value?.int ? 'int' : 'float' },
				],
			};
		}
	}
}

function subfields(fields: FieldInfo[], context: WidgetContext): Field[] {
	return fields.map((f) => widget(f, context)).filter((f): f is Field => f !== undefined);
}

function withDefault(field: FieldInfo): { default?: string } {
	return typeof field.default === 'string' ? { default: field.default } : {};
}

function pattern(shape: Extract<ValueShape, { type: 'string' }>, context: WidgetContext): { pattern?: [string, string] } {
	const first = shape.patterns[0];
	return first ? { pattern: [first.source, words[context.language].pattern(formatIn(first.message, context.language))] } : {};
}

/** A schema's format description (Swedish, as zod carries it) in the language asked for. */
function formatIn(message: string | undefined, language: Language): string | undefined {
	if (!message || language === 'sv') return message;
	const format = formatOf(message);
	return format && 'key' in format ? catalogues[language].formats[format.key] : message;
}

function select(base: Omit<SelectField, 'widget' | 'options'>, values: string[], field: FieldInfo, context: WidgetContext): SelectField {
	const labels = field.help?.options ?? {};
	const options = values.map((value) => ({ value, label: labels[value]?.[context.language === 'en' ? 1 : 0] ?? value }));
	return { ...base, widget: 'select', options, ...(typeof field.default === 'string' ? { default: field.default } : {}) };
}

function relation(base: Omit<RelationField, 'widget' | 'collection'>, collection: CollectionName, multiple = false): RelationField {
	return {
		...base,
		widget: 'relation',
		collection,
		// The file name is the id: what the front matter holds.
		value_field: '{{slug}}',
		search_fields: ['title', 'code'],
		display_fields: ['title'],
		...(multiple ? { multiple: true } : {}),
	};
}

/** The CSV file of an indicator: a file picker on the data folder, which can upload a new file. */
function dataFile(base: { name: string; label: string; hint?: string; required?: boolean }, context: WidgetContext): Field {
	return {
		...base,
		hint: [base.hint, words[context.language].dataFile].filter(Boolean).join(' '),
		widget: 'file',
		accept: '.csv,text/csv',
		choose_url: false,
		// Written as "/data/besokare.csv" (the public folder is /data), which the schema reads as "besokare.csv".
		media_folder: `/${context.dataFolder}`,
		// Without its own public folder, a file uploaded here was written with its repository path.
		public_folder: '/data',
	};
}

/** The kinds of a discriminated union (the target kinds) as Sveltia/Decap variable types. */
function variableTypes(discriminator: string, variants: Variant[], context: WidgetContext) {
	return {
		typeKey: discriminator,
		types: variants.map((v) => {
			const t = text(v.help, context.language);
			return {
				name: v.value,
				label: t?.title ?? v.value,
				widget: 'object' as const,
				...(t ? { summary: t.title } : {}),
				fields: subfields(v.fields, context),
			};
		}),
	};
}
