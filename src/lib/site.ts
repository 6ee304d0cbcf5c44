import type { Model } from './model/build.ts';
import { contentDir, validateContent } from './content/validate.ts';
import { ContentError } from './problems-error.ts';
import { sharedModel } from './shared-model.ts';

export { downloadsWrittenByBuild, shareModel, sharedModel, type ShareOptions } from './shared-model.ts';

const VERSION = Symbol.for('malbild.content-version');

let cached: { model: Model; version: number | undefined } | undefined;

/**
 * The site's model, for pages. A build reads the tree once. The dev server reads it again after
 * a content file has changed (its watcher counts up the content version, see astro.config.mjs),
 * so an editor's change shows on reload; a dev server without that watcher reads it for every page.
 */
export function getModel(): Model {
	const shared = sharedModel();
	if (shared) return shared;
	const dev = Boolean(import.meta.env?.DEV);
	const version = (globalThis as { [VERSION]?: number })[VERSION];
	if (cached && (!dev || (version !== undefined && cached.version === version))) return cached.model;
	const { model, problems } = validateContent(contentDir());
	if (!model) throw new ContentError(problems);
	cached = { model, version };
	return model;
}

type Kind = 'areas' | 'goals' | 'strategies' | 'indicators' | 'pages';
const indexes = new WeakMap<Model, Partial<Record<Kind, Map<string, unknown>>>>();

/**
 * A node of the current model by its id, for pages. A page takes its node from here, not from
 * the props of getStaticPaths: the dev server keeps those from the first request, so a changed
 * CSV file would not show until a restart.
 */
export function nodeOf<K extends Kind>(kind: K, id: string | undefined): Model[K][number] | undefined {
	const model = getModel();
	let index = indexes.get(model);
	if (!index) indexes.set(model, (index = {}));
	const byId = (index[kind] ??= new Map(model[kind].map((node) => [node.id, node])));
	return id === undefined ? undefined : (byId.get(id) as Model[K][number] | undefined);
}
