import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { onContentChange } from './lib/content/changes.ts';
import { contentDir } from './lib/content/dir.ts';
import type { Model } from './lib/model/build.ts';
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

/**
 * Where the model comes from: the build script's (`npm run build`), or, in the dev server, the
 * one the pages validate too, once per change (src/lib/site.ts). A plain `astro build` or
 * `astro sync` has neither and reads the files with Astro's glob loader and the schemas.
 */
const modelSource: (() => Model | undefined) | undefined = sharedModel()
	? sharedModel
	: import.meta.env.DEV
		? (await import('./lib/site.ts')).currentModel
		: undefined;
// The schemas (zod, and all they import) are loaded only for the glob loader.
const entrySchemas = modelSource ? undefined : (await import('./lib/schema/entries.ts')).entrySchemas;
const translationSchemas = modelSource ? undefined : (await import('./lib/schema/translations.ts')).translationSchemas;

/** The languages a translation can be in; each gets a collection of its own, e.g. `areas_en`. */
const TRANSLATED = ['en'] as const;

/**
 * Astro renders the Markdown bodies; Målbild's own loader has validated the same files with the
 * same schemas, and reports every problem at once where Astro stops at one.
 *
 * The bodies come from that validated model: no file is read or parsed a second time, and only a
 * body that has text is rendered.
 */
function collection(name: EntryCollection) {
	if (modelSource) return defineCollection({ loader: modelLoader(modelSource, name) });
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
	if (modelSource) return defineCollection({ loader: modelLoader(modelSource, name, locale) });
	return defineCollection({
		loader: glob({ pattern: `*.${locale}.{md,mdx}`, base: path.join(dir, name), generateId: ({ entry }) => entry.replace(/\.[a-z]{2}\.mdx?$/, '') }),
		schema: translationSchemas![name],
	});
}

/**
 * The entries of one collection from the model, stored as Astro's glob loader stores them (the
 * body, rendered HTML for Markdown, a deferred module for MDX) but without their data, which the
 * pages take from the model. An entry whose body is unchanged since the last build keeps what
 * Astro's cache holds for it. In the dev server the collection is loaded again after every change
 * to the content (src/lib/content/changes.ts); while the tree has problems it keeps what it had,
 * and the pages show the problems.
 */
function modelLoader(source: () => Model | undefined, name: EntryCollection, locale?: (typeof TRANSLATED)[number]): Loader {
	// One load at a time: an editor may save again before the last change is stored.
	let loading = Promise.resolve();
	const queue = (context: LoaderContext) => {
		const run = () => load(context, source, name, locale);
		const next = loading.then(run, run);
		loading = next.catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
		return next;
	};
	return {
		name: 'malbild-model',
		load(context) {
			if (context.watcher) onContentChange(`${name}_${locale ?? ''}`, () => queue(context));
			return queue(context);
		},
	};
}

async function load(context: LoaderContext, source: () => Model | undefined, name: EntryCollection, locale?: (typeof TRANSLATED)[number]): Promise<void> {
	const { config, generateDigest } = context;
	// Astro gives loaders these as well (its glob loader uses them), though its types do not say so.
	const { entryTypes } = context as typeof context & { entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }> };
	const store = context.store as typeof context.store & { addAssetImports(assets: string[], fileName: string): void };
	const model = source();
	if (!model) return;
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
