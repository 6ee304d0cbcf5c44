import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { onContentChange } from './lib/content/changes.ts';
import { contentDir } from './lib/content/dir.ts';
import type { EntryCollection } from './lib/schema/entries.ts';
import { translationName } from './lib/i18n/file-name.ts';
import { currentModel } from './lib/site.ts';

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

/** The languages a translation can be in; each gets a collection of its own, e.g. `areas_en`. */
const TRANSLATED = ['en'] as const;

/**
 * The entries of one collection, or of its translations into one language (`<collection>_<locale>`
 * with the original's ids, from which Body.astro renders a translated body), taken from the
 * validated model (src/lib/site.ts): the build script's, or in the dev server and a plain
 * `astro build` the one the pages read too. No file is read or parsed a second time.
 *
 * Entries are stored as Astro's glob loader stores them (the body, rendered HTML for Markdown, a
 * deferred module for MDX) but without their data, which the pages take from the model; only a
 * body that has text is rendered, and one unchanged since the last build keeps what Astro's cache
 * holds for it. In the dev server the collection is loaded again after every change to the content
 * (src/lib/content/changes.ts); while the tree has problems it keeps what it had, and the pages
 * show the problems.
 */
function modelLoader(name: EntryCollection, locale?: (typeof TRANSLATED)[number]): Loader {
	// One load at a time: an editor may save again before the last change is stored.
	let loading = Promise.resolve();
	const queue = (context: LoaderContext) => {
		const run = () => load(context, name, locale);
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

async function load(context: LoaderContext, name: EntryCollection, locale?: (typeof TRANSLATED)[number]): Promise<void> {
	const { config, generateDigest } = context;
	// Astro gives loaders these as well (its glob loader uses them), though its types do not say so.
	const { entryTypes } = context as typeof context & { entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }> };
	const store = context.store as typeof context.store & { addAssetImports(assets: string[], fileName: string): void };
	const model = currentModel();
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
		[name, defineCollection({ loader: modelLoader(name) })],
		// Only where there is a translation, so a site without any sees no new collection.
		...TRANSLATED.filter((l) => readdirSync(path.join(dir, name)).some((f) => translationName(f)?.locale === l)).map((l) => [`${name}_${l}`, defineCollection({ loader: modelLoader(name, l) })]),
	]),
);
