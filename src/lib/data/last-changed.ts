import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** When a data file was last changed, as a calendar day. */
export interface LastChanged {
	/** "2026-03-12": the day of the last commit that touched the file (in the committer's time zone), or of the file's time. */
	date: string;
	/** Where the day came from: Git history, or the file's modification time (no Git, not committed, or changed since). */
	from: 'git' | 'file';
}

/**
 * When each of the given files was last changed, from Git history where the file is committed and
 * unchanged since, else from the file's modification time. Git is asked once for all files (one
 * `git log`, one `git status`), never once per file: a tree can hold thousands of data files.
 * A file that does not exist is left out.
 */
export function lastChanged(files: readonly string[]): Map<string, LastChanged> {
	const result = new Map<string, LastChanged>();
	if (files.length === 0) return result;
	// Git names files by their real path; the caller's may go through a symlink.
	const absolute = files.map((f) => [path.resolve(f), realPath(path.resolve(f))] as const);
	const history = gitHistory(commonDir(absolute.map(([, real]) => real)));
	for (const [file, real] of absolute) {
		const committed = history?.get(real);
		if (committed) {
			result.set(file, { date: committed, from: 'git' });
			continue;
		}
		const mtime = mtimeOf(file);
		if (mtime) result.set(file, { date: mtime, from: 'file' });
	}
	return result;
}

/** The newest of the days, or undefined for none. ISO days sort as text. */
export function newest(days: Iterable<string>): string | undefined {
	let best: string | undefined;
	for (const d of days) if (best === undefined || d > best) best = d;
	return best;
}

function commonDir(files: readonly string[]): string {
	let dir = path.dirname(files[0]!);
	for (const f of files) while (!f.startsWith(dir + path.sep) && dir !== path.dirname(dir)) dir = path.dirname(dir);
	return dir;
}

function realPath(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

function mtimeOf(file: string): string | undefined {
	try {
		return statSync(file).mtime.toISOString().slice(0, 10);
	} catch {
		return undefined;
	}
}

function git(cwd: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
	} catch {
		// Not a repository, no git installed, or a repository git refuses (safe.directory): use file times.
		return undefined;
	}
}

/**
 * Absolute path → day of the newest commit touching it, for the committed files under `dir` that
 * have no uncommitted change. Undefined when `dir` is not in a Git repository.
 */
function gitHistory(dir: string): Map<string, string> | undefined {
	const root = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
	if (!root) return undefined;
	// Newest first: the first commit naming a file is its last change. NUL-separated names survive any file name.
	const log = git(dir, ['-c', 'core.quotepath=off', 'log', '-z', '--format=%x01%cI', '--name-only', '--no-renames', '--', '.']);
	if (log === undefined) return undefined;
	const days = new Map<string, string>();
	for (const commit of log.split('\x01').slice(1)) {
		const [head = '', ...names] = commit.split(/\n|\0/);
		const day = head.slice(0, 10);
		for (const name of names) {
			if (!name) continue;
			const file = path.join(root, name);
			if (!days.has(file)) days.set(file, day);
		}
	}
	// Porcelain paths are relative to the repository root. A changed, staged or untracked file is newer than its last commit.
	const status = git(dir, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']) ?? '';
	const entries = status.split('\0');
	for (let n = 0; n < entries.length; n++) {
		const entry = entries[n]!;
		if (entry.length < 4) continue;
		days.delete(path.join(root, entry.slice(3)));
		// A rename or copy is followed by its source path, which is not a status entry.
		if (entry[0] === 'R' || entry[0] === 'C') n++;
	}
	return days;
}
