/**
 * Writes a set of files into a folder that holds an earlier version of them, as the build does
 * with the search index (the staging folder holds the index of the site from two builds ago).
 * A file that already holds the same bytes is left alone; a changed one is written over; what the
 * set does not name is removed. Removing the earlier files and creating all of them again gives
 * the same folder, but creating files right after thousands were removed is many times slower on
 * ext4 (docs/performance.md, items 1 and 30), and most of an index stays the same between builds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prune } from './prune.ts';

export interface WriteOverResult {
	/** Files created or written over because their bytes changed. */
	written: number;
	/** Files that already held the same bytes. */
	kept: number;
	/** Files the set did not name, removed. */
	removed: number;
}

/** `files` maps paths relative to `folder`, with `/` between the parts, to their bytes. */
export function writeOver(folder: string, files: ReadonlyMap<string, Uint8Array>): WriteOverResult {
	const result: WriteOverResult = { written: 0, kept: 0, removed: 0 };
	mkdirSync(folder, { recursive: true });
	// A file where the new index has a folder, or a folder where it has a file, goes too.
	result.removed = prune(folder, (name, entry) => {
		if (entry.isDirectory()) return files.has(name) ? 'remove' : 'open';
		return files.has(name) ? 'keep' : 'remove';
	});
	for (const [name, bytes] of files) {
		const file = path.join(folder, name);
		if (holds(file, bytes)) {
			result.kept++;
			continue;
		}
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, bytes);
		result.written++;
	}
	return result;
}

function holds(file: string, bytes: Uint8Array): boolean {
	try {
		return readFileSync(file).equals(bytes);
	} catch {
		return false;
	}
}
