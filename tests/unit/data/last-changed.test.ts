import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastChanged, newest } from '../../../src/lib/data/last-changed.ts';

const temps: string[] = [];
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'malbild-last-changed-'));
	temps.push(dir);
	return dir;
}

/** Writes files with a fixed modification time, so a fallback to it is visible. */
function write(dir: string, files: Record<string, string>, mtime = '2020-01-15T12:00:00Z') {
	for (const [name, text] of Object.entries(files)) {
		const file = path.join(dir, name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
		utimesSync(file, new Date(mtime), new Date(mtime));
	}
}

function git(dir: string, args: string[], date?: string) {
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.se', '-c', 'commit.gpgsign=false', ...args], {
		cwd: dir,
		stdio: 'ignore',
		env: { ...process.env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
	});
}

function commit(dir: string, files: Record<string, string>, date: string) {
	write(dir, files);
	git(dir, ['add', ...Object.keys(files)]);
	git(dir, ['commit', '-q', '-m', `change ${date}`], date);
}

/** A repository with the content tree in a sub-folder, as in a real project. */
function repository() {
	const root = tempDir();
	git(root, ['init', '-q']);
	commit(root, { 'content/data/a.csv': 'År;Värde\n2022;1\n', 'content/data/b.csv': 'År;Värde\n2022;2\n' }, '2025-02-03T10:00:00+01:00');
	commit(root, { 'content/data/a.csv': 'År;Värde\n2022;1\n2023;3\n', 'README.md': 'x' }, '2026-03-12T09:30:00+01:00');
	return { root, data: path.join(root, 'content', 'data') };
}

const days = (map: Map<string, { date: string; from: string }>, dir: string) =>
	Object.fromEntries([...map].map(([file, d]) => [path.relative(dir, file), `${d.date} ${d.from}`]));

describe('when a data file was last changed', () => {
	it('takes each committed file’s day from its newest commit, with one git call for all', () => {
		const { data } = repository();
		expect(days(lastChanged([path.join(data, 'a.csv'), path.join(data, 'b.csv')]), data)).toEqual({
			'a.csv': '2026-03-12 git',
			'b.csv': '2025-02-03 git',
		});
	});

	it.each([
		['a changed, uncommitted file', (data: string) => write(data, { 'a.csv': 'År;Värde\n2024;9\n' }), 'a.csv', '2020-01-15 file'],
		['a staged file', (data: string) => (write(data, { 'b.csv': 'År;Värde\n2024;19\n' }), git(data, ['add', 'b.csv'])), 'b.csv', '2020-01-15 file'],
		['an untracked file', (data: string) => write(data, { 'c.csv': 'År;Värde\n2024;9\n' }), 'c.csv', '2020-01-15 file'],
		['a committed file nobody touched', () => {}, 'b.csv', '2025-02-03 git'],
	])('%s', (_, change, file, expected) => {
		const { data } = repository();
		change(data);
		expect(days(lastChanged([path.join(data, file)]), data)).toEqual({ [file]: expected });
	});

	it('uses the file’s time outside any Git repository, and leaves out files that do not exist', () => {
		const dir = tempDir();
		write(dir, { 'x.csv': '1' }, '2019-06-30T12:00:00Z');
		expect(days(lastChanged([path.join(dir, 'x.csv'), path.join(dir, 'missing.csv')]), dir)).toEqual({ 'x.csv': '2019-06-30 file' });
	});

	it('gives nothing for no files', () => {
		expect(lastChanged([]).size).toBe(0);
	});

	it.each([
		[[], undefined],
		[['2025-02-03'], '2025-02-03'],
		[['2025-02-03', '2026-03-12', '2024-12-31'], '2026-03-12'],
	])('the newest of %j is %s', (list, expected) => {
		expect(newest(list)).toBe(expected);
	});
});
