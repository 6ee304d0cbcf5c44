/**
 * The CMS configuration is generated from the zod schemas. These tests walk the schemas on their
 * own (straight from zod's definitions, not through src/lib/schema/fields.ts) and check that the
 * configuration has a field for every schema field, with the right widget, reference, required
 * flag and help text, and that it is a configuration Sveltia CMS accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { cmsConfig, entryCollections } from '../../../src/lib/cms/config.ts';
import { configYaml } from '../../../src/lib/cms/yaml.ts';
import { entrySchemas } from '../../../src/lib/schema/entries.ts';
import { ref } from '../../../src/lib/schema/reference.ts';
import { siteSchema, type Site } from '../../../src/lib/schema/site.ts';
import { targetSchema } from '../../../src/lib/schema/target.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const readSite = (file: string): Site => siteSchema.parse(parse(readFileSync(path.join(ROOT, file), 'utf8')));

const malung = readSite('content/site.yaml');
const smedjebacken = readSite('examples/smedjebacken/site.yaml');
/** Every level named: every collection and every reference in the configuration. */
const full: Site = { ...malung, levels: { ...malung.levels, goal: { singular: 'Mål', plural: 'Mål' } } };

// ---------------------------------------------------------------------------------------------
// Walking the schemas, independently of the generator

type Def = { type: string; innerType?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; discriminator?: string; values?: unknown[] };
const def = (s: z.ZodType) => s.def as unknown as Def;

function unwrap(s: z.ZodType): z.ZodType {
	for (;;) {
		const d = def(s);
		if (['optional', 'default', 'nullable', 'prefault'].includes(d.type) && d.innerType) s = d.innerType;
		else if (d.type === 'pipe' && d.out) s = d.out;
		else return s;
	}
}

interface SchemaField {
	/** Field names from the top; "[]" for a list item, "<kind>" for one kind of a union. */
	path: string[];
	schema: z.ZodType;
}

/** Every field of an object schema, nested ones included. */
function schemaFields(schema: z.ZodType, prefix: string[] = []): SchemaField[] {
	const shape = def(unwrap(schema)).shape!;
	return Object.entries(shape).flatMap(([name, field]) => {
		const path = [...prefix, name];
		return [{ path, schema: field }, ...inside(field, path)];
	});
}

function inside(field: z.ZodType, path: string[]): SchemaField[] {
	const inner = unwrap(field);
	const d = def(inner);
	if (d.type === 'object') return schemaFields(inner, path);
	if (d.type === 'array') return inside(d.element!, [...path, '[]']);
	if (d.type === 'union' && d.discriminator) {
		return d.options!.flatMap((option) => {
			const kind = String(def(def(option).shape![d.discriminator!]!).values![0]);
			return schemaFields(option, [...path, `<${kind}>`]).filter((f) => f.path.at(-1) !== d.discriminator);
		});
	}
	return [];
}

/** The CMS field at a path, or undefined. */
function cmsField(fields: Field[], path: string[]): Field | undefined {
	let current: Field[] | undefined = fields;
	let found: Field | undefined;
	for (const segment of path) {
		if (segment === '[]') continue;
		const kind = /^<(.+)>$/.exec(segment)?.[1];
		if (kind) {
			const types = (found as { types?: { name: string; fields?: Field[] }[] } | undefined)?.types;
			current = types?.find((t) => t.name === kind)?.fields;
			continue;
		}
		if (!current) return undefined;
		found = current.find((f) => f.name === segment);
		if (!found) return undefined;
		current = (found as { fields?: Field[] }).fields ?? ((found as { field?: Field }).field ? [(found as { field: Field }).field] : undefined);
	}
	return found;
}

const configFor = (site: Site, contentPath = 'content') => cmsConfig({ site, contentPath, repositoryName: 'malbild' });

function collectionFields(config: CmsConfig, name: string): Field[] {
	const collection = config.collections!.find((c) => 'name' in c && c.name === name) as Collection | undefined;
	if (!collection) throw new Error(`no collection ${name}`);
	return 'files' in collection ? collection.files[0]!.fields : collection.fields;
}

/** Every schema of the content model, with the CMS collection that edits it. */
const models: { collection: string; schema: z.ZodType }[] = [
	{ collection: 'settings', schema: siteSchema },
	...Object.entries(entrySchemas).map(([collection, schema]) => ({ collection, schema: schema as z.ZodType })),
];

const referenceOf = (s: z.ZodType) => (unwrap(s).meta() as { references?: string } | undefined)?.references;

// ---------------------------------------------------------------------------------------------

describe('a CMS field for every schema field', () => {
	const config = configFor(full);
	for (const { collection, schema } of models) {
		it(`${collection}: every field has a widget`, () => {
			const fields = collectionFields(config, collection);
			const missing = schemaFields(schema)
				.filter((f) => !cmsField(fields, f.path)?.widget)
				.map((f) => f.path.join('.'));
			expect(missing).toEqual([]);
			expect(schemaFields(schema).length).toBeGreaterThan(3);
		});
	}

	it('a framework without goals has no goal collection, and only the references to goals are left out', () => {
		const config = configFor(malung);
		expect(config.collections!.map((c) => ('name' in c ? c.name : '')).sort()).toEqual(['areas', 'indicators', 'pages', 'settings', 'strategies']);
		for (const { collection, schema } of models.filter((m) => m.collection !== 'goals')) {
			const fields = collectionFields(config, collection);
			const missing = schemaFields(schema).filter((f) => !cmsField(fields, f.path));
			expect(missing.map((f) => [f.path.join('.'), referenceOf(f.schema)])).toEqual(missing.map((f) => [f.path.join('.'), 'goals']));
		}
	});

	it('Smedjebacken (perspectives and goals, no strategies) has goals and no strategies', () => {
		expect(entryCollections(smedjebacken)).toEqual(['areas', 'goals', 'indicators', 'pages']);
		const indicators = collectionFields(configFor(smedjebacken, 'examples/smedjebacken'), 'indicators');
		expect(cmsField(indicators, ['goal'])).toMatchObject({ widget: 'relation', collection: 'goals', label: 'Mål' });
		expect(cmsField(indicators, ['strategies'])).toBeUndefined();
		expect(cmsField(indicators, ['area'])).toMatchObject({ label: 'Perspektiv' });
	});
});

describe('references, choices and numbers', () => {
	const config = configFor(full);

	it('every reference is a relation to the collection it refers to; a list of them is a multiple relation', () => {
		let count = 0;
		for (const { collection, schema } of models) {
			const fields = collectionFields(config, collection);
			for (const f of schemaFields(schema)) {
				const inner = unwrap(f.schema);
				const many = def(inner).type === 'array';
				const target = referenceOf(many ? def(inner).element! : f.schema);
				if (!target || target === 'data') continue;
				count++;
				expect(cmsField(fields, f.path), f.path.join('.')).toMatchObject({ widget: 'relation', collection: target, value_field: '{{slug}}', ...(many ? { multiple: true } : {}) });
			}
		}
		expect(count).toBeGreaterThanOrEqual(6);
	});

	it('the data file is a file picker on the data folder that can upload, and the schema reads what it writes', () => {
		const data = cmsField(collectionFields(config, 'indicators'), ['data']);
		expect(data).toMatchObject({ widget: 'file', media_folder: '/content/data', required: false });
		expect(config.media_folder).toBe('content/data');
		expect(config.public_folder).toBe('/data');
		expect(ref('data').parse('/data/besokare.csv')).toBe('besokare.csv');
		expect(ref('data').parse('besokare.csv')).toBe('besokare.csv');
	});

	it('lists every kind of target as a type of one object, told apart by kind', () => {
		const kinds = targetSchema.options.map((o) => String(def(def(o).shape!.kind!).values![0]));
		expect(kinds).toEqual(['at-least', 'at-most', 'rank-at-most', 'compare', 'top-share', 'increase', 'decrease', 'positive']);
		const fields = collectionFields(config, 'indicators');
		for (const path of [['target'], ['series', '[]', 'target']]) {
			const target = cmsField(fields, path) as Field & { typeKey?: string; types?: { name: string; label?: string }[] };
			expect(target.widget).toBe('object');
			expect(target.typeKey).toBe('kind');
			expect(target.types!.map((t) => t.name)).toEqual(kinds);
			expect(target.types!.map((t) => t.label)).toContain('Minst ett värde');
			expect(target.types!.every((t) => t.label && t.label !== t.name)).toBe(true);
		}
	});

	it('yearly targets are a list of year and value, which the schema reads as year → value', () => {
		const yearly = cmsField(collectionFields(config, 'indicators'), ['target', '<at-least>', 'yearly']) as Field & { fields: Field[] };
		expect(yearly).toMatchObject({ widget: 'list', required: false });
		expect(yearly.fields.map((f) => [f.name, f.widget])).toEqual([
			['year', 'number'],
			['value', 'number'],
		]);
		const written = { kind: 'at-least', value: 100, yearly: [{ year: 2023, value: 60 }, { year: 2024, value: 80.5 }] };
		expect(targetSchema.parse(written)).toEqual({ kind: 'at-least', value: 100, yearly: { '2023': 60, '2024': 80.5 } });
		expect(targetSchema.parse({ kind: 'at-least', value: 100, yearly: { '2023': 60 } })).toMatchObject({ yearly: { '2023': 60 } });
		expect(targetSchema.safeParse({ kind: 'at-least', value: 100, yearly: [{ year: 24, value: 1 }] }).success).toBe(false);
	});

	it('choices are selects with every value and a Swedish label for each; a default stays the default', () => {
		const fields = collectionFields(config, 'indicators');
		expect(cmsField(fields, ['direction'])).toMatchObject({
			widget: 'select',
			options: [
				{ value: 'higher', label: 'Högre är bättre' },
				{ value: 'lower', label: 'Lägre är bättre' },
			],
		});
		expect(cmsField(fields, ['chart'])).toMatchObject({ widget: 'select', default: 'line', required: false });
		expect(cmsField(fields, ['assessment', 'status'])).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ value: 'partly-achieved', label: 'Delvis uppnått' }]) });
		// Swedish or English: the default language is a choice, the published languages a list of choices.
		expect(cmsField(collectionFields(config, 'settings'), ['locale'])).toMatchObject({ widget: 'select', default: 'sv', options: [{ value: 'sv', label: 'Svenska' }, { value: 'en', label: 'Engelska' }] });
		expect(cmsField(collectionFields(config, 'settings'), ['translations', 'en', 'vision'])).toMatchObject({ widget: 'text', required: false });
	});

	it('numbers are numbers, whole numbers where the schema wants them, with the schema’s bounds', () => {
		const fields = collectionFields(config, 'indicators');
		expect(cmsField(fields, ['decimals'])).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 6 });
		expect(cmsField(fields, ['order'])).toMatchObject({ widget: 'number', value_type: 'int' });
		expect(cmsField(fields, ['target', '<at-least>', 'value'])).toMatchObject({ widget: 'number', value_type: 'float' });
		expect(cmsField(fields, ['target', '<at-least>', 'year'])).toMatchObject({ widget: 'number', value_type: 'int', min: 1900, max: 2200 });
		expect(cmsField(fields, ['target', '<top-share>', 'groupSize'])).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
		expect(cmsField(fields, ['sample'])).toMatchObject({ widget: 'boolean', default: false });
	});

	it('formats become the CMS’s checks: patterns with their Swedish message, URL and e-mail inputs', () => {
		const site = collectionFields(config, 'settings');
		expect(cmsField(site, ['publisher', 'orgNumber'])).toMatchObject({ widget: 'string', pattern: ['^\\d{6}-\\d{4}$', expect.stringMatching(/^Skriv .*212000-2163/)] });
		expect(cmsField(site, ['contact', 'email'])).toMatchObject({ widget: 'string', type: 'email' });
		expect(cmsField(site, ['url'])).toMatchObject({ widget: 'string', type: 'url' });
		expect(cmsField(site, ['brandColor'])).toMatchObject({ widget: 'color', default: '#1f4e79' });
		expect(cmsField(site, ['vision'])).toMatchObject({ widget: 'text' });
	});
});

describe('required fields and help texts', () => {
	const config = configFor(full);

	it('a field is required in the CMS exactly when the schema requires it', () => {
		for (const { collection, schema } of models) {
			const fields = collectionFields(config, collection);
			for (const f of schemaFields(schema)) {
				const field = cmsField(fields, f.path);
				if (!field || field.widget === 'hidden') continue;
				const optional = f.schema.safeParse(undefined).success;
				expect((field as { required?: boolean }).required, `${collection}: ${f.path.join('.')}`).toBe(optional ? false : undefined);
			}
		}
	});

	it('every schema field has a Swedish and an English label and help text', () => {
		const without: string[] = [];
		for (const { collection, schema } of models) {
			for (const f of schemaFields(schema)) {
				// The help may sit on the field or on the schema it wraps.
				const metas = [f.schema, unwrap(f.schema)].map((s) => s.meta() as { title?: string; description?: string; en?: { title?: string; description?: string } } | undefined);
				const meta = metas.find((m) => m?.title) ?? {};
				if (!meta.title || !meta.description || !meta.en?.title || !meta.en?.description) without.push(`${collection}: ${f.path.join('.')}`);
			}
		}
		expect(without).toEqual([]);
	});

	it('every CMS field has a label other than its name and a help text under it', () => {
		for (const { collection, schema } of models) {
			const fields = collectionFields(config, collection);
			for (const f of schemaFields(schema)) {
				const field = cmsField(fields, f.path) as (Field & { hint?: string }) | undefined;
				if (!field || field.widget === 'hidden') continue;
				expect(field.label, `${collection}: ${f.path.join('.')}`).toBeTruthy();
				expect(field.hint, `${collection}: ${f.path.join('.')}`).toMatch(/\S{3}/);
			}
		}
		expect(cmsField(collectionFields(config, 'indicators'), ['title'])).toMatchObject({ label: 'Rubrik', hint: 'Indikatorn, ordagrant som i målbilden.' });
	});

	it('labels and help texts can be English', () => {
		const english = cmsConfig({ site: full, contentPath: 'content', language: 'en' });
		expect(cmsField(collectionFields(english, 'indicators'), ['direction'])).toMatchObject({ label: 'Direction', options: [{ value: 'higher', label: 'Higher is better' }, expect.anything()] });
	});
});

describe('collections, paths and back end', () => {
	it('names the collections with the site’s own level names and puts them in the content folder', () => {
		const config = configFor(malung);
		const folders = config.collections!.filter((c) => 'folder' in c) as (Collection & { folder: string; extension?: string })[];
		expect(folders.map((c) => [c.name, c.label, c.folder, c.extension])).toEqual([
			['areas', 'Målområden', 'content/areas', 'md'],
			['strategies', 'Strategier', 'content/strategies', 'md'],
			['indicators', 'Indikatorer', 'content/indicators', 'md'],
			['pages', 'Sidor', 'content/pages', 'mdx'],
		]);
		expect(folders.every((c) => (c as { format?: string }).format === 'frontmatter')).toBe(true);
		const settings = config.collections![0] as Collection & { files: { file: string; format?: string }[] };
		expect(settings.files[0]).toMatchObject({ file: 'content/site.yaml', format: 'yaml' });
	});

	it('paths follow the content tree: another tree, or a tree that is its own repository', () => {
		expect((configFor(smedjebacken, 'examples/smedjebacken').collections![1] as { folder: string }).folder).toBe('examples/smedjebacken/areas');
		const own = configFor(malung, '');
		expect((own.collections![1] as { folder: string }).folder).toBe('areas');
		expect(own.media_folder).toBe('data');
	});

	it('Markdown collections have a body; strategies, which show none, have not', () => {
		const config = configFor(full);
		for (const name of ['areas', 'goals', 'indicators', 'pages']) expect(cmsField(collectionFields(config, name), ['body'])).toMatchObject({ widget: 'markdown', required: false });
		expect(cmsField(collectionFields(config, 'strategies'), ['body'])).toBeUndefined();
	});

	it('new entries get an id made from the title that the content check accepts', () => {
		const indicators = configFor(malung).collections!.find((c) => 'name' in c && c.name === 'indicators') as { slug: { template: string; pattern: [string, string] } };
		expect(indicators.slug.template).toBe('{{title}}');
		expect(new RegExp(indicators.slug.pattern[0]).test('andel-elever-med-fullstandiga-betyg')).toBe(true);
		expect(new RegExp(indicators.slug.pattern[0]).test('Andel elever')).toBe(false);
		expect(configFor(malung).slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true });
		// A page is served at /<id>/: not under an address the site already uses.
		const pages = configFor(malung).collections!.find((c) => 'name' in c && c.name === 'pages') as { slug: { pattern: [string, string] } };
		const page = new RegExp(pages.slug.pattern[0]);
		expect(['om-malbilden', 'admin-rutiner', 'om'].every((id) => page.test(id))).toBe(true);
		expect(['admin', 'indikatorer', 'omraden', 'mal', 'strategier', 'oppna-data', 'utskrift', 'en'].some((id) => page.test(id))).toBe(false);
	});

	it('without cms in site.yaml: a stand-in GitHub back end, for "Arbeta med lokalt repository"', () => {
		expect(configFor(malung).backend).toEqual({ name: 'github', repo: 'lokal/malbild' });
	});

	it('with cms in site.yaml: that GitHub or GitLab repository', () => {
		const github = siteSchema.parse({ ...malung, cms: { backend: 'github', repo: 'malung-salen/malbild', branch: 'main', authUrl: 'https://auth.example.se' } });
		expect(configFor(github).backend).toEqual({ name: 'github', repo: 'malung-salen/malbild', branch: 'main', base_url: 'https://auth.example.se' });
		const gitlab = siteSchema.parse({ ...malung, cms: { backend: 'gitlab', repo: 'kommun/webb/malbild', appId: 'abc123', apiUrl: 'https://gitlab.kommun.se/api/v4' } });
		expect(configFor(gitlab).backend).toEqual({ name: 'gitlab', repo: 'kommun/webb/malbild', api_root: 'https://gitlab.kommun.se/api/v4', auth_type: 'pkce', app_id: 'abc123' });
		expect(siteSchema.safeParse({ ...malung, cms: { backend: 'github', repo: 'bara-ett-namn' } }).success).toBe(false);
	});

	it('makes no request to another server before a back end is chosen: no stock photos', () => {
		expect(configFor(malung).media_libraries).toEqual({ all: { slugify_filename: true }, stock_assets: false });
	});
});

describe('the YAML file', () => {
	const config = configFor(full);
	const text = configYaml(config);

	it('reads back as the same configuration, under a header that says where it comes from', () => {
		expect(text.startsWith('# ')).toBe(true);
		expect(text).toContain('src/lib/schema');
		expect(parse(text)).toEqual(config);
	});

	it('is valid by the JSON schema Sveltia CMS publishes with the pinned version', () => {
		const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false }).compile(schema);
		for (const site of [malung, smedjebacken, full]) {
			const ok = validate(parse(configYaml(configFor(site))));
			expect(validate.errors ?? [], site.organisation).toEqual([]);
			expect(ok).toBe(true);
		}
	});
});

describe('the pinned CMS', () => {
	it('is pinned to one exact version in package.json', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
		expect(pkg.dependencies['@sveltia/cms']).toMatch(/^\d+\.\d+\.\d+$/);
		const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@sveltia/cms/package.json'), 'utf8')) as { version: string };
		expect(installed.version).toBe(pkg.dependencies['@sveltia/cms']);
	});
});

describe('translations in the CMS', () => {
	const collection = (config: CmsConfig, name: string) => config.collections!.find((c) => c.name === name) as Collection & { fields: Field[]; i18n?: unknown };
	const i18nOf = (fields: Field[], name: string) => (fields.find((f) => f.name === name) as (Field & { i18n?: unknown }) | undefined)?.i18n;

	it('edits <id>.en.md beside <id>.md when site.yaml publishes English', () => {
		const config = configFor(malung) as CmsConfig & { i18n?: unknown };
		expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['sv', 'en'], default_locale: 'sv', omit_default_locale_from_file_path: true, initial_locales: 'default' });
		const areas = collection(config, 'areas');
		expect(areas.i18n).toBe(true);
		// Only what readers see is translated; the facts stay in the Swedish file.
		expect([i18nOf(areas.fields, 'title'), i18nOf(areas.fields, 'summary'), i18nOf(areas.fields, 'body')]).toEqual([true, true, true]);
		expect([i18nOf(areas.fields, 'order'), i18nOf(areas.fields, 'code')]).toEqual([undefined, undefined]);
		expect(i18nOf(collection(config, 'indicators').fields, 'target')).toBeUndefined();
		// A series' label and unit are written anew; its name is copied to say which series; the facts stay.
		const series = collection(config, 'indicators').fields.find((f) => f.name === 'series') as Field & { i18n?: unknown; fields: Field[] };
		expect(series.i18n).toBe(true);
		expect(['name', 'label', 'unit', 'direction', 'target'].map((n) => i18nOf(series.fields, n))).toEqual(['duplicate', true, true, undefined, undefined]);
		// The source's name and note, and an assessment's motivation and author, are texts; the link, the status and the date are facts.
		const group = (name: string) => (collection(config, 'indicators').fields.find((f) => f.name === name) as Field & { fields: Field[] }).fields;
		expect(['name', 'url', 'kolada', 'note'].map((n) => i18nOf(group('source'), n))).toEqual([true, undefined, undefined, true]);
		expect(['status', 'motivation', 'date', 'by'].map((n) => i18nOf(group('assessment'), n))).toEqual([undefined, true, undefined, true]);
	});

	it('has no translations for a site in one language', () => {
		const config = configFor({ ...malung, locales: undefined }) as CmsConfig & { i18n?: unknown };
		expect(config.i18n).toBeUndefined();
		expect(collection(config, 'areas').i18n).toBeUndefined();
		expect(i18nOf(collection(config, 'areas').fields, 'title')).toBeUndefined();
	});
});
