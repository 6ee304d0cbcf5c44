import type { Model } from './model/build.ts';
import type { Validation } from './content/validate.ts';

/**
 * What Node's side hands to the pages and content collections Astro renders in the same process:
 * the build script's validated model, or (in the dev server and a plain `astro build`) the
 * validation itself. A module of its own, without the validation code, so that reading it
 * (src/content.config.ts, src/lib/site.ts) loads nothing else.
 */
const SHARED = Symbol.for('malbild.model');
type Shared = { [SHARED]?: { model: Model; writesDownloads: boolean } };

export interface ShareOptions {
	/**
	 * The build script writes the indicators' CSV and JSON downloads itself, straight from the
	 * model: thousands of small files are written much faster that way than as Astro routes.
	 */
	writesDownloads?: boolean;
}

/** Hands the build script's validated model to the pages Astro renders in the same process. */
export function shareModel(model: Model, { writesDownloads = false }: ShareOptions = {}): void {
	(globalThis as Shared)[SHARED] = { model, writesDownloads };
}

/** The model the build script shared, if this is its build. */
export function sharedModel(): Model | undefined {
	return (globalThis as Shared)[SHARED]?.model;
}

/** Whether the download routes are left to the build script (see `ShareOptions`). */
export function downloadsWrittenByBuild(): boolean {
	return (globalThis as Shared)[SHARED]?.writesDownloads ?? false;
}

/** The tree's model and problems (src/lib/content/validated.ts), and the content version read. */
export type Validated = Validation & { version: number | undefined };

const VALIDATION = Symbol.for('malbild.validate');
type Offered = { [VALIDATION]?: () => Validated };

/**
 * Offers the validation Node loaded for astro.config.mjs to the pages, which Vite loads: they call
 * it through here instead of importing it (see offerValidation in src/lib/content/validated.ts).
 */
export function offerValidation(validate: () => Validated): void {
	(globalThis as Offered)[VALIDATION] = validate;
}

/** The validation astro.config.mjs offered, if it did. */
export function offeredValidation(): (() => Validated) | undefined {
	return (globalThis as Offered)[VALIDATION];
}
