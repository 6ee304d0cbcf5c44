import type { Model } from './model/build.ts';

/**
 * The build script's validated model, handed to the pages and the content collections that Astro
 * renders in the same process. A module of its own, without the validation code, so that reading
 * it (src/content.config.ts) loads nothing else.
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
