import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { buildKey } from '../build-key.ts';
import type { Validation } from './validate.ts';

/** Where the dev server keeps its last validation of `dir`: in the tree's cache folder, beside Astro's. */
export function keptValidationFile(dir: string): string {
	return path.resolve('.malbild', 'cache', buildKey(dir), 'validated.bin');
}

/**
 * A key for everything a validation of `dir` depends on: every file of the tree (its path, size,
 * times and inode: a file written in any way gets a new change time), the validation's own code and
 * dependencies, the Git commit (a data file's "last changed" day comes from its history) and the
 * year (rules about targets that have passed).
 */
export function validationKey(dir: string, now: Date = new Date()): string {
	const hash = createHash('sha256');
	hash.update(`${process.version}\0${now.getFullYear()}\0${gitHead(dir)}\0${path.resolve(dir)}\0`);
	hashCode(hash);
	hashTree(hash, path.resolve(dir), '');
	return hash.digest('hex');
}

/**
 * The validation kept under `key`, or undefined when there is none (or it cannot be read). The key
 * comes first in the file, so a stale one is known without reading the rest.
 */
export function readValidation(file: string, key: string): Validation | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const head = Buffer.alloc(Buffer.byteLength(key) + 1);
		if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString() !== `${key}\n`) return undefined;
		const body = Buffer.alloc(fstatSync(fd).size - head.length);
		if (readSync(fd, body, 0, body.length, head.length) !== body.length) return undefined;
		return deserialize(body) as Validation;
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** Keeps `validation` under `key`; a failure to write only means the next start validates again. */
export function writeValidation(file: string, key: string, validation: Validation): void {
	try {
		mkdirSync(path.dirname(file), { recursive: true });
		// Renamed into place, so a dev server stopped while writing leaves no half a file.
		const partial = `${file}.${process.pid}`;
		writeFileSync(partial, `${key}\n`);
		appendFileSync(partial, serialize(validation));
		renameSync(partial, file);
	} catch {}
}

const lib = fileURLToPath(new URL('..', import.meta.url));
const lockFile = path.join(lib, '..', '..', 'package-lock.json');

/** The text of every module under src/lib and the locked dependency versions. */
function hashCode(hash: Hash): void {
	const files = readdirSync(lib, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
	for (const file of [...files, lockFile]) {
		hash.update(`${file}\0`);
		try {
			hash.update(readFileSync(file));
		} catch {}
	}
}

function hashTree(hash: Hash, dir: string, relative: string): void {
	let names: string[];
	try {
		names = readdirSync(path.join(dir, relative)).sort();
	} catch {
		return;
	}
	for (const name of names) {
		if (name === '.git' || name === 'node_modules') continue;
		const file = path.join(relative, name);
		const s = statSync(path.join(dir, file), { throwIfNoEntry: false });
		if (!s) continue;
		if (s.isDirectory()) hashTree(hash, dir, file);
		else hash.update(`${file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n`);
	}
}

function gitHead(dir: string): string {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return '';
	}
}
