/**
 * Safe publishing for the build script: a staging folder per content tree, the swap into `dist/`,
 * and the clean-up after builds that were killed before they could clean up after themselves.
 *
 * Everything lives in the work folder (`.malbild/`):
 *
 *   staging-<key>/       the build of one content tree in progress (Astro's output folder)
 *   staging-<key>.pid    the pid of the build that owns it
 *   build-<pid>/         a build's own staging folder, when another build of the same tree runs
 *   reuse-<key>/         the site the last build replaced, kept for the next build to write over
 *   old-<pid>/           a replaced site that is not kept; the next build removes it
 *   old-<pid>.dist       while the swap runs: where that site came from
 *   trash-<pid>/         what a build found abandoned, removed while it runs
 *
 * `<key>` is `buildKey()`: the staging folder of a tree has the same name from build to build,
 * because Astro keeps its content cache only while its configuration, output folder included,
 * stays the same.
 *
 * A build writes over the files of the site the build before it replaced, instead of removing
 * that site and creating thousands of files anew: creating a file right after others were removed
 * is many times slower than writing over one, on ext4 at least. What the new build did not write
 * (an indicator that is gone, an asset with a new hash) is removed before the swap: every file the
 * build writes has a newer change time (ctime, which only the system sets) than a marker file
 * written when the build starts.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { prune } from './prune.ts';

export interface Staging {
	/** Where Astro writes the site. */
	folder: string;
	/**
	 * Removes what the build did not write: the files an earlier site left in the folder, except in
	 * the top-level folders `keep` names (written over later by a step of their own). Returns how
	 * many files it removed.
	 */
	sweep(keep?: readonly string[]): number;
	/** Gives the folder back: kept for the next build to write over, or removed; and its lock. */
	release(): void;
}

const MARKER = '.malbild-build-started';

/**
 * Claims the content tree's staging folder, or a folder of this build's own when another build of
 * the same tree is running. The tree's folder holds an earlier site to write over when there is
 * one: the one the last build replaced, or what a killed build left.
 */
export function claimStaging(work: string, key: string): Staging {
	const shared = path.join(work, `staging-${key}`);
	const lock = `${shared}.pid`;
	const reuse = path.join(work, `reuse-${key}`);
	try {
		writeFileSync(lock, String(process.pid), { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const owner = readOwner(lock);
		if (owner && owner !== process.pid && isRunning(owner)) {
			const folder = path.join(work, `build-${process.pid}`);
			rmSync(folder, { recursive: true, force: true });
			return staged(folder, () => rmSync(folder, { recursive: true, force: true }));
		}
		// Left by a build that was killed: take it over.
		writeFileSync(lock, String(process.pid));
	}
	if (!existsSync(shared) && existsSync(reuse)) renameSync(reuse, shared);
	return staged(shared, () => {
		if (existsSync(shared)) {
			if (existsSync(reuse)) rmSync(shared, { recursive: true, force: true });
			else renameSync(shared, reuse);
		}
		if (readOwner(lock) === process.pid) unlinkSync(lock);
	});
}

function staged(folder: string, release: () => void): Staging {
	mkdirSync(folder, { recursive: true });
	// The change time the system gives a file written now: anything older is an earlier site's.
	const marker = path.join(folder, MARKER);
	writeFileSync(marker, String(process.pid));
	const started = lstatSync(marker).ctimeMs;
	return {
		folder,
		release,
		sweep(keep = []) {
			rmSync(marker, { force: true });
			return sweepOlder(folder, started, keep);
		},
	};
}

/** Removes every file whose change time is before `started`, and every folder left empty, but nothing in the top-level folders `keep` names. */
function sweepOlder(folder: string, started: number, keep: readonly string[]): number {
	return prune(folder, (name, entry, full) => {
		if (keep.includes(name)) return 'keep';
		if (entry.isDirectory()) return 'open';
		return lstatSync(full).ctimeMs < started ? 'remove' : 'keep';
	});
}

/**
 * Replaces `dist` with the finished staging folder: two renames, nothing copied. The old site is
 * kept as `reuse-<key>` for the next build of the tree to write over (or, when there is one
 * already, goes to `old-<pid>/`, which the next build removes). Should the process die between the
 * two renames, the next build puts the old site back (see `clearAbandoned`).
 */
export function swap(work: string, key: string, staging: Staging, dist: string): void {
	mkdirSync(path.dirname(dist), { recursive: true });
	if (statSync(work).dev !== statSync(path.dirname(dist)).dev) return swapAcrossDevices(staging, dist);
	const reuse = path.join(work, `reuse-${key}`);
	const old = existsSync(reuse) ? path.join(work, `old-${process.pid}`) : reuse;
	const note = `${path.join(work, `old-${process.pid}`)}.dist`;
	if (old !== reuse) rmSync(old, { recursive: true, force: true });
	if (existsSync(dist)) {
		writeFileSync(note, `${old}\n${dist}`);
		renameSync(dist, old);
	}
	renameSync(staging.folder, dist);
	rmSync(note, { force: true });
	staging.release();
}

/**
 * `dist` on another file system than `.malbild/` (a mounted volume, a RAM disk): a rename cannot
 * cross file systems, so the finished site is first copied beside `dist`, and the swap itself is
 * still two renames on `dist`'s own file system. The staging folder stays for the next build.
 */
function swapAcrossDevices(staging: Staging, dist: string): void {
	const incoming = `${dist}.malbild-new-${process.pid}`;
	const previous = `${dist}.malbild-old-${process.pid}`;
	rmSync(incoming, { recursive: true, force: true });
	cpSync(staging.folder, incoming, { recursive: true });
	if (existsSync(dist)) renameSync(dist, previous);
	renameSync(incoming, dist);
	rmSync(previous, { recursive: true, force: true });
	staging.release();
}

/**
 * Removes what builds left behind: the sites they replaced and did not keep, and the folders of
 * killed builds (a killed build's staging folder is kept, for the next build of its tree to write
 * over, and only its lock goes). A site that a killed build had moved out of `dist/` but not yet
 * replaced goes back to `dist/` first. The removing is done by a worker thread, beside the
 * validation and Astro's build on the main thread. Resolves when everything is removed.
 */
export function clearAbandoned(work: string): Promise<void> {
	mkdirSync(work, { recursive: true });
	const remove: string[] = [];
	for (const name of readdirSync(work).sort()) {
		const full = path.join(work, name);
		const [, kind, pidText, note] = /^(build|old|trash)-(\d+)(\.dist)?$/.exec(name) ?? [];
		if (kind) {
			const pid = Number(pidText);
			if (pid === process.pid || isRunning(pid)) continue;
			if (note) restoreInterruptedSwap(full);
			else remove.push(full);
			continue;
		}
		if (/^staging-[0-9a-f]+\.pid$/.test(name)) {
			const owner = readOwner(full);
			if (!owner || !isRunning(owner)) rmSync(full, { force: true });
		}
	}
	if (!remove.length) return Promise.resolve();
	return new Promise((resolve) => {
		const worker = new Worker(
			`const { rmSync } = require('node:fs');
			for (const folder of require('node:worker_threads').workerData) rmSync(folder, { recursive: true, force: true });`,
			{ eval: true, workerData: remove },
		);
		// A folder that could not be removed now is tried again by the next build.
		worker.on('error', () => resolve());
		worker.on('exit', () => resolve());
	});
}

/** A site moved out of `dist/` by a build killed before it put the new one in place goes back. */
function restoreInterruptedSwap(note: string) {
	const [old = '', dist = ''] = readFileSync(note, 'utf8').split('\n');
	if (old && dist && existsSync(old) && !existsSync(dist)) renameSync(old, dist);
	rmSync(note, { force: true });
}

function readOwner(lock: string): number | undefined {
	try {
		return Number(readFileSync(lock, 'utf8')) || undefined;
	} catch {
		return undefined;
	}
}

export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
