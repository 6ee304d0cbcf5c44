import { offerValidation as offer, type Validated } from '../shared-model.ts';
import { contentVersion } from './changes.ts';
import { contentDir, validateContent, type Validation } from './validate.ts';
import { keptValidationFile, readValidation, validationKey, writeValidation } from './validation-cache.ts';

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
	return (slots[CACHE] = { ...validate(version), version });
}

/**
 * How long the dev server waits after a validation before keeping it on disk: saves often come in
 * runs, and writing takes the main thread for about a third of the validation's time, which must not
 * hold up the first page after a start (it comes within about twice the validation's time).
 */
const keepAfterMs = (validatedInMs: number) => Math.max(5000, 2 * validatedInMs);
let keeping: ReturnType<typeof setTimeout> | undefined;

/**
 * The dev server keeps its last validation on disk, under a key of everything it depends on
 * (src/lib/content/validation-cache.ts). Started again on a tree unchanged since, it reads that
 * instead of validating anew: 0.4 s instead of about 1 s at 2 000 indicators, on the way to the
 * first page (docs/performance.md). A build always validates.
 */
function validate(version: number | undefined): Validation {
	const dir = contentDir();
	if (version === undefined) return validateContent(dir);
	const file = keptValidationFile(dir);
	// The key before the files are read: a file changed meanwhile makes the kept key a stale one.
	const key = validationKey(dir);
	const kept = version === 0 ? readValidation(file, key) : undefined;
	if (kept) return kept;
	const started = performance.now();
	const validation = validateContent(dir);
	if (validation.model) {
		clearTimeout(keeping);
		keeping = setTimeout(() => writeValidation(file, key, validation), keepAfterMs(performance.now() - started));
		keeping.unref();
	}
	return validation;
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
