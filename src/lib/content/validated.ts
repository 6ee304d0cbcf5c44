import { contentVersion } from './changes.ts';
import { contentDir, validateContent } from './validate.ts';

/** The tree's model and problems, and the content version they were read at. */
export type Validated = ReturnType<typeof validateContent> & { version: number | undefined };

const CACHE = Symbol.for('malbild.validated');
const PROVIDER = Symbol.for('malbild.validate');
type Slots = { [CACHE]?: Validated; [PROVIDER]?: () => Validated };
const slots = globalThis as Slots;

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
	slots[PROVIDER] = validated;
}
