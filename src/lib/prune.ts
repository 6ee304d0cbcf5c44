import { type Dirent, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What `prune` does with an entry: remove it (a folder with all it holds), keep it, or look inside a folder. */
export type PruneChoice = 'remove' | 'keep' | 'open';

/**
 * Removes what `choose` picks under `folder`, then every folder left empty (never `folder`
 * itself). `choose` gets each entry's path relative to `folder`, with `/` between the parts.
 * Returns how many entries it removed, not counting the emptied folders.
 */
export function prune(folder: string, choose: (name: string, entry: Dirent, full: string) => PruneChoice): number {
	let removed = 0;
	const walk = (dir: string, prefix: string): boolean => {
		let empty = true;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			const choice = choose(prefix + entry.name, entry, full);
			if (choice === 'open' && entry.isDirectory()) {
				if (walk(full, `${prefix}${entry.name}/`)) rmdirSync(full);
				else empty = false;
			} else if (choice === 'remove') {
				rmSync(full, { recursive: true });
				removed++;
			} else empty = false;
		}
		return empty;
	};
	walk(folder, '');
	return removed;
}
