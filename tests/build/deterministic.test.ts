/**
 * Two builds of the same tree give the same site, byte for byte: no timestamp, random id or
 * build date in any file, whether Astro's cache is cold or warm, whatever SOURCE_DATE_EPOCH says.
 * (No page prints a build date; should one ever do, it must come from SOURCE_DATE_EPOCH, and this
 * test shows where it leaks. The dates pages do print are the data files' last change, from Git
 * history or the files' times, which two builds of one tree share.)
 */
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKey } from '../../src/lib/build-key.ts';
import { generateTree } from '../../src/lib/synth/generate.ts';
import { writeTree } from '../../src/lib/synth/write.ts';
import { builds, fingerprint, listFiles, ROOT, runBuild, TEST_DIR, WORK_DIR } from './support.ts';

describe('a build is deterministic', () => {
	it('gives byte-identical files for the same tree, from a cold cache and a warm one', { timeout: 240_000 }, async () => {
		const root = path.join(TEST_DIR, 'deterministic');
		rmSync(root, { recursive: true, force: true });
		const tree = path.join(root, 'content');
		cpSync(builds.smedjebacken.content, tree, { recursive: true });
		// Outside Git a data file's date is its modification time ("Data senast ändrad", src/lib/data/last-changed.ts),
		// which a copy sets to now. An old fixed time keeps the check below about the build's own date.
		setTimes(tree, new Date('2001-02-03T12:00:00Z'));
		// With an address, so the DCAT catalogue (which could carry dates) is written too.
		const env = { MALBILD_CONTENT: tree, MALBILD_SITE: 'https://mal.example.se/' };
		rmSync(path.join(ROOT, '.malbild', 'cache', buildKey(tree, env)), { recursive: true, force: true });

		const cold = await runBuild({ ...env, MALBILD_DIST: path.join(root, 'dist-1') });
		expect(cold.code, cold.output).toBe(0);
		const warm = await runBuild({ ...env, MALBILD_DIST: path.join(root, 'dist-2'), SOURCE_DATE_EPOCH: '0' });
		expect(warm.code, warm.output).toBe(0);

		const first = fingerprint(path.join(root, 'dist-1'));
		expect(Object.keys(first)).toContain('dcat.rdf');
		expect(fingerprint(path.join(root, 'dist-2'))).toEqual(first);

		// Nor does any file hold today's date, which two builds on one day would share.
		const now = new Date();
		const dates = [now.toISOString().slice(0, 10), new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(now)];
		const dist = path.join(root, 'dist-1');
		for (const file of listFiles(dist).filter((f) => /\.(html|xml|rdf|json|csv|txt|yml|css)$/.test(f) && (!f.startsWith('admin/') || f === 'admin/config.yml'))) {
			const text = readFileSync(path.join(dist, file), 'utf8');
			for (const date of dates) expect(text.includes(date), `${file} holds ${date}`).toBe(false);
		}
	});

	it('gives the same files when it writes over the site it replaced as into an empty folder', { timeout: 240_000 }, async () => {
		// A build writes over the files of the site the build before it replaced (src/lib/publish.ts):
		// what the new site does not have must go, and nothing else may differ.
		const root = path.join(TEST_DIR, 'written-over');
		rmSync(root, { recursive: true, force: true });
		const tree = path.join(root, 'content');
		writeTree(tree, generateTree({ indicators: 30 }));
		const env = { MALBILD_CONTENT: tree, MALBILD_DIST: path.join(root, 'dist') };
		for (let run = 0; run < 2; run++) expect((await runBuild(env)).code).toBe(0);
		const reuse = path.join(WORK_DIR, `reuse-${buildKey(tree, {})}`);
		expect(listFiles(reuse)).toContain('indikatorer/indikator-30.csv');

		// The next site lacks an indicator and has another text.
		rmSync(path.join(tree, 'indicators', 'indikator-30.md'));
		rmSync(path.join(tree, 'data', 'indikator-30.csv'));
		const site = path.join(tree, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace('title: Syntetisk målbild', 'title: Ny målbild'));
		const over = await runBuild(env);
		expect(over.code, over.output).toBe(0);

		// The same tree elsewhere (another key: nothing to write over) into an empty folder.
		const fresh = path.join(root, 'fresh');
		// With the files' times, which give the data's date outside Git.
		cpSync(tree, fresh, { recursive: true, preserveTimestamps: true });
		const empty = await runBuild({ MALBILD_CONTENT: fresh, MALBILD_DIST: path.join(root, 'dist-fresh') });
		expect(empty.code, empty.output).toBe(0);

		// admin/config.yml names the tree's folder, which differs.
		const withoutConfig = (dir: string) => Object.fromEntries(Object.entries(fingerprint(dir)).filter(([file]) => file !== 'admin/config.yml'));
		const written = withoutConfig(path.join(root, 'dist'));
		expect(Object.keys(written).filter((f) => f.includes('indikator-30'))).toEqual([]);
		expect(written).toEqual(withoutConfig(path.join(root, 'dist-fresh')));
	});
});

/** Gives every file under `dir` the same modification time. */
function setTimes(dir: string, time: Date) {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), time, time);
	}
}
