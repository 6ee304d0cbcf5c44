import type { Model } from './model/build.ts';
import { ContentError } from './problems-error.ts';
import { offeredValidation, sharedModel, type Validated } from './shared-model.ts';

export { downloadsWrittenByBuild, shareModel, sharedModel, type ShareOptions } from './shared-model.ts';

/**
 * The content tree validated, from src/lib/content/validated.ts, which astro.config.mjs offers
 * (see offerValidation there for why it is not imported here).
 */
function validated(): Validated {
	const validate = offeredValidation();
	if (!validate) throw new Error('Målbild: astro.config.mjs har inte laddat valideringen (src/lib/content/validated.ts).');
	return validate();
}

/**
 * The site's model, for pages. A build reads the tree once. The dev server reads it again after
 * a content file has changed (its watcher counts up the content version, see astro.config.mjs),
 * so an editor's change shows on reload.
 * Throws the tree's problems, which the dev server shows the editor.
 */
export function getModel(): Model {
	const shared = sharedModel();
	if (shared) return shared;
	const { model, problems } = validated();
	if (!model) throw new ContentError(problems);
	return model;
}

/** The same model, or undefined while the tree has problems (the pages show them). */
export function currentModel(): Model | undefined {
	return sharedModel() ?? validated().model;
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
