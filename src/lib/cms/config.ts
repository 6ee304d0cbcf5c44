/**
 * The configuration of the CMS at /admin/ (Sveltia CMS, Decap-compatible), generated from the zod
 * schemas at build time: a collection per content folder, a field per schema field, so the CMS
 * offers exactly what the build accepts.
 */
import type { Backend, CmsConfig, Collection, EntryCollection, Field, FileCollection } from '@sveltia/cms';
import { otherLocales, publishedLocales } from '../i18n/site.ts';
import { translatableFields, translatableSubfields } from '../schema/translations.ts';
import { entrySchemas, type EntryCollection as EntryCollectionName } from '../schema/entries.ts';
import { objectFields } from '../schema/fields.ts';
import { ID_MAX_LENGTH, ID_PATTERN, PAGE_ID_PATTERN, RESERVED_PAGE_IDS } from '../ids.ts';
import { siteSchema, type Site } from '../schema/site.ts';
import { widget, type Language, type WidgetContext } from './fields.ts';

export interface CmsOptions {
	site: Site;
	/**
	 * The content tree relative to the repository root, "/"-separated: "content",
	 * "examples/smedjebacken", or "" when the content tree is the repository itself.
	 */
	contentPath: string;
	/** The repository folder's name, shown on the local sign-in screen when site.yaml names no repository. */
	repositoryName?: string;
	/** The language of labels and help texts; default Swedish, the language of the content. */
	language?: Language;
}

/** The folder and file type of each Markdown collection. */
const FOLDERS: Record<EntryCollectionName, { extension: 'md' | 'mdx'; body: boolean }> = {
	areas: { extension: 'md', body: true },
	goals: { extension: 'md', body: true },
	strategies: { extension: 'md', body: false },
	indicators: { extension: 'md', body: true },
	pages: { extension: 'mdx', body: true },
};

const words = {
	sv: {
		settings: 'Inställningar',
		siteFile: 'Webbplatsen',
		siteFileHelp: 'Organisationen, visionen, nivåernas namn och kontaktuppgifter (site.yaml).',
		pages: ['Sida', 'Sidor'],
		body: 'Text',
		bodyHelp: 'Sidans text. Knapparna ovanför rutan gör underrubriker, fetstil, punktlistor och länkar.',
		slugHelp: 'Filnamnet och adressen: små bokstäver a–z, siffror och bindestreck. Går inte att ändra efter att posten sparats, eftersom andra filer hänvisar till den.',
		slugPattern: 'Bara små bokstäver a–z, siffror och bindestreck, t.ex. andel-elever-med-betyg.',
		reserved: (ids: readonly string[]) => `En sida kan inte heta ${ids.join(', ')}: de adresserna har webbplatsen redan.`,
		edit: 'redigera',
	},
	en: {
		settings: 'Settings',
		siteFile: 'Site',
		siteFileHelp: 'The organisation, the vision, the names of the levels and the contact details (site.yaml).',
		pages: ['Page', 'Pages'],
		body: 'Text',
		bodyHelp: 'The page’s text. The buttons above it make subheadings, bold text, bulleted lists and links.',
		slugHelp: 'The file name and the address: lower-case a–z, digits and hyphens. It cannot be changed once the entry is saved, because other files refer to it.',
		slugPattern: 'Only lower-case a–z, digits and hyphens, e.g. share-of-pupils-with-grades.',
		reserved: (ids: readonly string[]) => `A page cannot be called ${ids.join(', ')}: the site already uses those addresses.`,
		edit: 'edit',
	},
} as const;


/** The collections the site has: areas and indicators always, goals and strategies when site.yaml names the level, pages always. */
export function entryCollections(site: Site): EntryCollectionName[] {
	return (Object.keys(entrySchemas) as EntryCollectionName[]).filter((c) => (c === 'goals' ? !!site.levels.goal : c === 'strategies' ? !!site.levels.strategy : true));
}

/** The whole CMS configuration. */
export function cmsConfig(options: CmsOptions): CmsConfig {
	const { site } = options;
	const language = options.language ?? 'sv';
	const w = words[language];
	const prefix = options.contentPath.replace(/^\/+|\/+$/g, '');
	const at = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
	const present = entryCollections(site);
	// A second language: each entry's translation is <id>.en.md beside <id>.md (src/lib/schema/translations.ts),
	// which is Sveltia's multiple_files structure with the default language left out of the file name.
	const translated = otherLocales(site).length > 0;

	const labels: Record<EntryCollectionName, readonly [singular: string, plural: string]> = {
		areas: [site.levels.area.singular, site.levels.area.plural],
		goals: site.levels.goal ? [site.levels.goal.singular, site.levels.goal.plural] : ['Mål', 'Mål'],
		strategies: site.levels.strategy ? [site.levels.strategy.singular, site.levels.strategy.plural] : ['Strategi', 'Strategier'],
		indicators: [site.levels.indicator.singular, site.levels.indicator.plural],
		pages: w.pages,
	};
	const context: WidgetContext = {
		language,
		dataFolder: at('data'),
		collections: Object.fromEntries(present.map((c) => [c, { label: labels[c][0], labelMany: labels[c][1] }])) as WidgetContext['collections'],
	};
	const fieldsOf = (schema: Parameters<typeof objectFields>[0]): Field[] =>
		objectFields(schema)
			.map((f) => widget(f, context))
			.filter((f): f is Field => f !== undefined);

	const settings: FileCollection = {
		name: 'settings',
		label: w.settings,
		icon: 'settings',
		description: w.siteFileHelp,
		files: [{ name: 'site', label: w.siteFile, file: at('site.yaml'), format: 'yaml', fields: fieldsOf(siteSchema) }],
	};

	const folder = (name: EntryCollectionName): EntryCollection => {
		const { extension, body } = FOLDERS[name];
		const [singular, plural] = labels[name];
		const translatable: readonly string[] = translatableFields[name];
		const fields = fieldsOf(entrySchemas[name]).map((f) => (translated && translatable.includes(f.name) ? translatedField(f) : f));
		if (body) {
			fields.push({
				name: 'body',
				label: w.body,
				hint: w.bodyHelp,
				widget: 'markdown',
				required: false,
				// No images or code blocks: the site has no place for uploaded images, and code blocks
				// would load a highlighter from another server.
				editor_components: [],
				// MDX pages may hold components the rich-text editor does not know: start in Markdown.
				...(extension === 'mdx' ? { modes: ['raw', 'rich_text'] as ('raw' | 'rich_text')[] } : {}),
				...(translated ? { i18n: true } : {}),
			});
		}
		const hasArea = fields.some((f) => f.name === 'area');
		return {
			name,
			label: plural,
			label_singular: singular,
			icon: ICONS[name],
			folder: at(name),
			extension,
			format: 'frontmatter',
			...(translated ? { i18n: true } : {}),
			create: true,
			slug: {
				template: '{{title}}',
				editable: ['create'],
				hint: name === 'pages' ? `${w.slugHelp} ${w.reserved(RESERVED_PAGE_IDS)}` : w.slugHelp,
				pattern: name === 'pages' ? [PAGE_ID_PATTERN, `${w.slugPattern} ${w.reserved(RESERVED_PAGE_IDS)}`] : [ID_PATTERN, w.slugPattern],
			},
			identifier_field: 'title',
			sortable_fields: { fields: ['order', 'title'], default: { field: 'order', direction: 'ascending' } },
			...(hasArea ? { view_groups: [{ name: 'area', label: labels.areas[0], field: 'area' }] } : {}),
			fields,
		};
	};

	const collections: Collection[] = [settings, ...present.map(folder)];
	return {
		backend: backend(site, options.repositoryName),
		app_title: `${site.title}: ${w.edit}`,
		...(site.url ? { site_url: site.url } : {}),
		// Uploads go to the data folder: CSV files for the indicators. A file picked for an indicator
		// is written "/data/besokare.csv", which the schema reads as "besokare.csv".
		media_folder: at('data'),
		public_folder: '/data',
		media_libraries: {
			// An uploaded "Nöjda medborgare 2024.csv" is saved as nojda-medborgare-2024.csv.
			all: { slugify_filename: true },
			// No stock photo services: they are other servers, and the site has no use for photos.
			stock_assets: false,
		},
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: ID_MAX_LENGTH, lowercase: true, trim: true },
		// An empty optional field is left out of the file, never written as "", which the schemas reject.
		output: { omit_empty_optional_fields: true },
		...(translated
			? {
					i18n: {
						structure: 'multiple_files' as const,
						locales: publishedLocales(site),
						default_locale: site.locale,
						omit_default_locale_from_file_path: true,
						// An entry starts in the default language only; a translation is added when there is one.
						initial_locales: 'default' as const,
					},
				}
			: {}),
		collections,
	};
}

const ICONS: Record<EntryCollectionName, string> = {
	areas: 'category',
	goals: 'flag',
	strategies: 'route',
	indicators: 'monitoring',
	pages: 'article',
};

/**
 * Where edits are saved. With `cms` in site.yaml: that GitHub or GitLab repository. Without it the
 * CMS is for local editing only ("Arbeta med lokalt repository" on the editor's own machine), and
 * Sveltia still needs a back end named, so a GitHub one with a placeholder repository stands in.
 */
export function backend(site: Site, repositoryName = 'malbild'): Backend {
	const cms = site.cms;
	if (!cms) return { name: 'github', repo: `lokal/${repositoryName.replace(/[^\w.-]+/g, '-') || 'malbild'}` };
	const common = {
		repo: cms.repo,
		...(cms.branch ? { branch: cms.branch } : {}),
		...(cms.authUrl ? { base_url: cms.authUrl } : {}),
		...(cms.apiUrl ? { api_root: cms.apiUrl } : {}),
	};
	if (cms.backend === 'gitlab') return { name: 'gitlab', ...common, ...(cms.appId ? { auth_type: 'pkce' as const, app_id: cms.appId } : {}) };
	return { name: 'github', ...common };
}

/**
 * A field the translation file holds. In a group of fields (a series, the source, the assessment)
 * only its texts are written anew (translatableSubfields); the rest stays in the original.
 */
function translatedField(f: Field): Field {
	const texts = (translatableSubfields as Record<string, Record<string, true | 'duplicate'>>)[f.name];
	if (!texts || !('fields' in f) || !f.fields) return { ...f, i18n: true } as Field;
	const fields = (f.fields as Field[]).map((sub) => (texts[sub.name] ? { ...sub, i18n: texts[sub.name] } : sub)) as Field[];
	return { ...f, i18n: true, fields } as Field;
}
