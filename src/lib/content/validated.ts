import { offerValidation as offer, type Validated } from '../shared-model.ts';
import { contentVersion } from './changes.ts';
import { contentDir, validateContent } from './validate.ts';

const CACHE = Symbol.for('malbild.validated');
const slots = globalThis as { [CACHE]?: Validated };

/**
 * The content tree validated, once per content version: a build reads it once, the dev server
 * again after each change (its watcher counts the version up, see astro.config.mjs).
 */
export function validated(): Validated {
	const version = contentVersion();
	const last = slots[CACHE];
	if (last && last.version === version) return last;
	return (slots[CACHE] = { ...validateContent(contentDir()), version });
}

/**
 * Offers `validated` to the pages (src/lib/site.ts). astro.config.mjs loads this module with Node
 * itself, before Vite starts: the pages, which Vite loads, then reach the validation through
 * globalThis instead of importing it, so Vite never transforms the validation's modules (zod's
 * schemas, the CSV and YAML readers, the messages) for the dev server's first page or bundles them
 * into the build's pages.
 */
export function offerValidation(): void {
	offer(validated);
}
