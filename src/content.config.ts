import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './lib/content/dir.ts';
import type { EntryCollection } from './lib/schema/entries.ts';
import { translationName } from './lib/i18n/file-name.ts';
import { sharedModel } from './lib/shared-model.ts';

type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<{
	html: string;
	metadata?: { imagePaths?: string[] };
}>;

const dir = contentDir();

/** Every collection of the content model (the keys of entrySchemas, src/lib/schema/entries.ts). */
const COLLECTIONS = ['areas', 'goals', 'strategies', 'indicators', 'pages'] as const satisfies readonly EntryCollection[];
// A collection added to the schemas must be added here too: this line stops compiling until it is.
const everyCollection: Exclude<EntryCollection, (typeof COLLECTIONS)[number]> extends never ? true : never = true;
void everyCollection;

// A build takes the entries from its validated model and needs no schema: the schemas (zod, and
// all they import) are loaded only for the dev server's glob loader.
const entrySchemas = sharedModel() ? undefined : (await import('./lib/schema/entries.ts')).entrySchemas;
const translationSchemas = sharedModel() ? undefined : (await import('./lib/schema/translations.ts')).translationSchemas;

/** The languages a translation can be in; each gets a collection of its own, e.g. `areas_en`. */
const TRANSLATED = ['en'] as const;

/**
 * Astro renders the Markdown bodies; Målbild's own loader has validated the same files with the
 * same schemas before the build starts, and reports every problem at once where Astro stops at one.
 *
 * In a build (`npm run build`) the bodies come from that validated model: no file is read or
 * parsed a second time, and only a body that has text is rendered. The dev server reads the files
 * with Astro's glob loader, which also reloads an entry when its file changes.
 */
function collection(name: EntryCollection) {
	if (sharedModel()) return defineCollection({ loader: modelLoader(name) });
	return defineCollection({
		loader: glob({
			// Translations (dialog.en.md) are collections of their own: see translation().
			pattern: ['*.{md,mdx}', ...TRANSLATED.map((l) => `!*.${l}.{md,mdx}`)],
			base: path.join(dir, name),
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		}),
		schema: entrySchemas![name],
	});
}

/**
 * The translations of one collection into one language, as `<collection>_<locale>` with the
 * original's ids: Body.astro renders a translated body from there.
 */
function translation(name: EntryCollection, locale: (typeof TRANSLATED)[number]) {
	if (sharedModel()) return defineCollection({ loader: modelLoader(name, locale) });
	return defineCollection({
		loader: glob({ pattern: `*.${locale}.{md,mdx}`, base: path.join(dir, name), generateId: ({ entry }) => entry.replace(/\.[a-z]{2}\.mdx?$/, '') }),
		schema: translationSchemas![name],
	});
}

/**
 * The entries of one collection from the build script's model, stored as Astro's glob loader
 * stores them (the body, rendered HTML for Markdown, a deferred module for MDX) but without their
 * data, which the pages take from the model. An entry whose body is unchanged since the last
 * build keeps what Astro's cache holds for it.
 */
function modelLoader(name: EntryCollection, locale?: (typeof TRANSLATED)[number]): Loader {
	return {
		name: 'malbild-model',
		async load(context) {
			const { config, generateDigest } = context;
			// Astro gives loaders these as well (its glob loader uses them), though its types do not say so.
			const { entryTypes } = context as typeof context & { entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }> };
			const store = context.store as typeof context.store & { addAssetImports(assets: string[], fileName: string): void };
			const model = sharedModel()!;
			const nodes = locale
				? model[name].flatMap((node) => {
						const t = node.translations?.[locale];
						return t ? [{ id: node.id, file: t.file, body: t.body }] : [];
					})
				: model[name];
			const root = fileURLToPath(config.root);
			const markdown = await entryTypes.get('.md')?.getRenderFunction?.(config);
			const keep = new Set<string>();
			for (const node of nodes) {
				const full = path.join(model.dir, node.file);
				const filePath = path.relative(root, full).split(path.sep).join('/');
				const body = node.body.trim();
				const digest = generateDigest(body);
				keep.add(node.id);
				const existing = store.get(node.id);
				if (existing && existing.digest === digest && existing.filePath === filePath) {
					if (existing.deferredRender) store.addModuleImport(filePath);
					if (existing.assetImports?.length) store.addAssetImports(existing.assetImports, filePath);
					continue;
				}
				if (node.file.endsWith('.mdx')) {
					store.set({ id: node.id, data: {}, body, filePath, digest, deferredRender: true });
				} else {
					// An empty body has nothing to render: the page shows no text block for it.
					const rendered = body && markdown ? await markdown({ id: node.id, data: {}, body, filePath: full, digest }) : undefined;
					store.set({ id: node.id, data: {}, body, filePath, digest, rendered, assetImports: rendered?.metadata?.imagePaths });
				}
			}
			for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
		},
	};
}

// A framework without goals or strategies has no such folder; defining no collection for it keeps
// Astro from warning editors about a folder they never needed.
export const collections = Object.fromEntries(
	COLLECTIONS.filter((name) => existsSync(path.join(dir, name))).flatMap((name) => [
		[name, collection(name)],
		// Only where there is a translation, so a site without any sees no new collection.
		...TRANSLATED.filter((l) => readdirSync(path.join(dir, name)).some((f) => translationName(f)?.locale === l)).map((l) => [`${name}_${l}`, translation(name, l)]),
	]),
);
