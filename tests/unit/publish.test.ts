import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimStaging, swap } from '../../src/lib/publish.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempIn(parent: string): string {
	const dir = mkdtempSync(path.join(parent, 'malbild-publish-'));
	made.push(dir);
	return dir;
}

/** A build: claims the staging folder, writes the site's files, swaps it into dist. */
function publish(work: string, dist: string, files: Record<string, string>, keep: string[] = []) {
	mkdirSync(work, { recursive: true });
	const staging = claimStaging(work, 'test');
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(staging.folder, name)), { recursive: true });
		writeFileSync(path.join(staging.folder, name), text);
	}
	staging.sweep(keep);
	swap(work, 'test', staging, dist);
}

const contents = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));

describe('publishing into dist', () => {
	it('replaces the site, and removes what the new build did not write', () => {
		const root = tempIn(os.tmpdir());
		const work = path.join(root, '.malbild');
		const dist = path.join(root, 'dist');
		publish(work, dist, { 'index.html': 'ett', 'gone/index.html': 'borta' });
		publish(work, dist, { 'index.html': 'två' });
		expect(contents(dist)).toEqual({ 'index.html': 'två' });
	});

	it('leaves alone the top-level folders the sweep is told to keep', () => {
		// The search index is written over the earlier one after the sweep (src/lib/search/index-site.ts).
		const root = tempIn(os.tmpdir());
		const work = path.join(root, '.malbild');
		const dist = path.join(root, 'dist');
		publish(work, dist, { 'index.html': 'ett', 'pagefind/a.pf': 'a', 'sok/pagefind/b.pf': 'b' });
		publish(work, dist, { 'index.html': 'två' });
		// The site from two builds ago is the one the third build writes over.
		publish(work, dist, { 'index.html': 'tre' }, ['pagefind']);
		expect(contents(dist)).toEqual({ 'index.html': 'tre', 'pagefind/a.pf': 'a' });
	});

	// /dev/shm is a RAM disk on Linux: another file system than the project's, as a mounted volume in CI is.
	const otherDevice = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(process.cwd()).dev;
	it.runIf(otherDevice)('on another file system than .malbild/, where a rename cannot reach', () => {
		mkdirSync('.malbild', { recursive: true });
		const work = tempIn(path.resolve('.malbild'));
		const outside = tempIn('/dev/shm');
		const dist = path.join(outside, 'dist');
		publish(work, dist, { 'index.html': 'ett', 'gone/index.html': 'borta' });
		publish(work, dist, { 'index.html': 'två' });
		expect(contents(dist)).toEqual({ 'index.html': 'två' });
		expect(readdirSync(outside)).toEqual(['dist']);
	});
});
