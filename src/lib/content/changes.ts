/**
 * The dev server's word that the content tree changed: the watcher in astro.config.mjs counts up
 * the content version, then has the content collections reload (src/content.config.ts) before it
 * reloads the editor's page, so that the page shows the saved text and data together.
 *
 * On globalThis: the configuration and the collections are loaded as separate module instances.
 */
const VERSION = Symbol.for('malbild.content-version');
const LISTENERS = Symbol.for('malbild.content-listeners');

type Slots = { [VERSION]?: number; [LISTENERS]?: Map<string, () => Promise<unknown>> };
const slots = globalThis as Slots;

/** The content version: counted up at every change; undefined outside the dev server. */
export function contentVersion(): number | undefined {
	return slots[VERSION];
}

/** Starts counting (the dev server's watcher does, when it starts). */
export function watchingContent(): void {
	slots[VERSION] ??= 0;
}

/** Runs `listener` after each change; a later listener under the same key replaces it. */
export function onContentChange(key: string, listener: () => Promise<unknown>): void {
	(slots[LISTENERS] ??= new Map()).set(key, listener);
}

/** Counts up the content version: the next page reads the tree again. */
export function countChange(): void {
	slots[VERSION] = (slots[VERSION] ?? 0) + 1;
}

/** Counts up the content version and waits for every listener. */
export async function contentChanged(): Promise<void> {
	countChange();
	await Promise.allSettled([...(slots[LISTENERS]?.values() ?? [])].map((listener) => listener()));
}
