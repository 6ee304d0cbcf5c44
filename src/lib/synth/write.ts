import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a generated tree to disk, replacing whatever was there. */
export function writeTree(root: string, files: ReadonlyMap<string, string>) {
	rmSync(root, { recursive: true, force: true });
	for (const [file, content] of files) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), content);
	}
}
