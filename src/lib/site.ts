import type { Model } from './model/build.ts';
import { contentDir, validateContent } from './content/validate.ts';
import { ContentError } from './problems-error.ts';

let cached: Model | undefined;

/**
 * The site's model, for pages. A build reads the tree once; the dev server reads it for every
 * page so an editor's change shows on reload.
 */
export function getModel(): Model {
	if (cached) return cached;
	const { model, problems } = validateContent(contentDir());
	if (!model) throw new ContentError(problems);
	if (!import.meta.env?.DEV) cached = model;
	return model;
}
