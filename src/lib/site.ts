import type { Model } from './model/build.ts';
import { contentDir, validateContent } from './content/validate.ts';
import { ContentError } from './problems-error.ts';

const SHARED = Symbol.for('malbild.model');
type Shared = { [SHARED]?: Model };

/** Hands the build script's validated model to the pages Astro renders in the same process. */
export function shareModel(model: Model): void {
	(globalThis as Shared)[SHARED] = model;
}

let cached: Model | undefined;

/**
 * The site's model, for pages. A build reads the tree once; the dev server reads it for every
 * page so an editor's change shows on reload.
 */
export function getModel(): Model {
	const shared = (globalThis as Shared)[SHARED];
	if (shared) return shared;
	if (cached) return cached;
	const { model, problems } = validateContent(contentDir());
	if (!model) throw new ContentError(problems);
	if (!import.meta.env?.DEV) cached = model;
	return model;
}
