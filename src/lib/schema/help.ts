import type { z } from 'astro/zod';

/** A label and a help text for one field. */
export type FieldText = {
	/** The field's name as an editor sees it: "Rubrik". */
	title: string;
	/** One or two plain sentences on what to write. */
	description: string;
};

/**
 * What an editor is told about a field, stored as zod metadata on the field's schema: Swedish
 * label and help text (`title`, `description`, the keys zod itself uses for metadata), the same in
 * English under `en`, and labels for the values of a choice. The CMS configuration (`src/lib/cms`)
 * and `npm run new` (`src/lib/scaffold`) read it; the JSDoc comments stay for developers.
 */
export type FieldMeta = FieldText & {
	en: FieldText;
	/** Labels of the values of a choice (an enum): value → [Swedish, English]. */
	options?: Record<string, readonly [sv: string, en: string]>;
	/** A text of several lines or paragraphs: a text area in the CMS. */
	multiline?: boolean;
	/** A colour as #rrggbb: a colour picker in the CMS. */
	colour?: boolean;
};

type Text = readonly [title: string, description: string];

/**
 * The metadata for a field: `schema.meta(help(['Rubrik', 'Områdets namn.'], ['Title', 'The area’s name.']))`.
 * zod merges it with metadata the schema already has (a reference keeps its `references`).
 */
export function help(sv: Text, en: Text, extra: Pick<FieldMeta, 'options' | 'multiline' | 'colour'> = {}): FieldMeta {
	return { title: sv[0], description: sv[1], en: { title: en[0], description: en[1] }, ...extra };
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/**
 * The help of a field: the metadata of the field and of the schemas it wraps, merged, the outer
 * winning (an optional field carries its own label; the choice inside it may carry the option
 * labels). Undefined when no layer has a label and a help text.
 */
export function fieldHelp(schema: z.ZodType): FieldMeta | undefined {
	const layers: Partial<FieldMeta>[] = [];
	for (let s: z.ZodType | undefined = schema; s; ) {
		const meta = s.meta() as Partial<FieldMeta> | undefined;
		if (meta) layers.unshift(meta);
		const def = s.def as unknown as { type: string; innerType?: z.ZodType; out?: z.ZodType };
		s = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.out : undefined;
	}
	const merged: Partial<FieldMeta> = Object.assign({}, ...layers);
	return typeof merged.title === 'string' && typeof merged.description === 'string' && merged.en ? (merged as FieldMeta) : undefined;
}
