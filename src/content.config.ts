import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/validate.ts';
import { entrySchemas, type EntryCollection } from './lib/schema/entries.ts';

const dir = contentDir();

/**
 * Astro renders the Markdown bodies; Målbild's own loader has validated the same files with the
 * same schemas before the build starts, and reports every problem at once where Astro stops at one.
 */
function collection(name: EntryCollection) {
	return defineCollection({
		loader: glob({
			pattern: '*.{md,mdx}',
			base: path.join(dir, name),
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		}),
		schema: entrySchemas[name],
	});
}

// A framework without goals or strategies has no such folder; defining no collection for it keeps
// Astro from warning editors about a folder they never needed.
export const collections = Object.fromEntries(
	(Object.keys(entrySchemas) as EntryCollection[]).filter((name) => existsSync(path.join(dir, name))).map((name) => [name, collection(name)]),
);
