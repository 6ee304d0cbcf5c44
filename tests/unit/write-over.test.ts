import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOver } from '../../src/lib/write-over.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'malbild-write-over-'));
	made.push(dir);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

const contents = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'), readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
	);
const folders = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
const bytes = (files: Record<string, string>) => new Map(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));

interface Case {
	case: string;
	before: Record<string, string>;
	after: Record<string, string>;
	counts: { written: number; kept: number; removed: number };
	dirs: string[];
}

describe('writeOver', () => {
	it.each<Case>([
		{ case: 'an empty folder', before: {}, after: { 'a.json': '1', 'f/b.pf': '2' }, counts: { written: 2, kept: 0, removed: 0 }, dirs: ['f'] },
		{ case: 'the same files', before: { 'a.json': '1', 'f/b.pf': '2' }, after: { 'a.json': '1', 'f/b.pf': '2' }, counts: { written: 0, kept: 2, removed: 0 }, dirs: ['f'] },
		{ case: 'one file changed', before: { 'a.json': '1', 'f/b.pf': '2' }, after: { 'a.json': '9', 'f/b.pf': '2' }, counts: { written: 1, kept: 1, removed: 0 }, dirs: ['f'] },
		{ case: 'a changed file of the same length', before: { 'a.json': 'abc' }, after: { 'a.json': 'abd' }, counts: { written: 1, kept: 0, removed: 0 }, dirs: [] },
		{ case: 'a file gone, its folder left empty', before: { 'a.json': '1', 'f/b.pf': '2' }, after: { 'a.json': '1' }, counts: { written: 0, kept: 1, removed: 1 }, dirs: [] },
		{ case: 'new names for new content', before: { 'f/old.pf': 'x', 'g/h/old.pf': 'y' }, after: { 'f/new.pf': 'z' }, counts: { written: 1, kept: 0, removed: 2 }, dirs: ['f'] },
		{ case: 'a file where a folder was', before: { 'x/y.pf': '1' }, after: { x: '2' }, counts: { written: 1, kept: 0, removed: 1 }, dirs: [] },
		{ case: 'a folder where a file was', before: { x: '1' }, after: { 'x/y.pf': '2' }, counts: { written: 1, kept: 0, removed: 1 }, dirs: ['x'] },
	])('$case', ({ before, after, counts, dirs }) => {
		const dir = folderWith(before);
		expect(writeOver(dir, bytes(after))).toEqual(counts);
		expect(contents(dir)).toEqual(after);
		expect(folders(dir)).toEqual(dirs);
	});

	it('leaves a file with the same bytes as it was, so the disk does no work for it', () => {
		const dir = folderWith({ 'same.pf': 'a', 'changed.pf': 'b' });
		const inode = (name: string) => statSync(path.join(dir, name)).ino;
		const mtime = (name: string) => statSync(path.join(dir, name)).mtimeMs;
		const before = { same: [inode('same.pf'), mtime('same.pf')] };
		writeOver(dir, bytes({ 'same.pf': 'a', 'changed.pf': 'c' }));
		expect([inode('same.pf'), mtime('same.pf')]).toEqual(before.same);
	});

	it('creates the folder when there is none', () => {
		const dir = path.join(folderWith({}), 'pagefind');
		writeOver(dir, bytes({ 'a.json': '1' }));
		expect(contents(dir)).toEqual({ 'a.json': '1' });
	});
});
