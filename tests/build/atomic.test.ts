/**
 * Publishing is all or nothing: a build replaces dist/ only when everything succeeded. A build
 * that stops at bad content or a failed search index, and a build killed outright while Astro
 * writes the pages, leave the site built before byte for byte as it was; the next build clears
 * what the killed one left.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKey } from '../../src/lib/build-key.ts';
import { generateTree } from '../../src/lib/synth/generate.ts';
import { writeTree } from '../../src/lib/synth/write.ts';
import { buildFails, edit, prepare } from './broken.ts';
import { buildEnv, fingerprint, leftBehind, ROOT, runBuild, TEST_DIR, WORK_DIR } from './support.ts';

describe('a failed build leaves the earlier site as it was', () => {
	it('when a CSV value is not a number', async () => {
		const c = prepare('atomic-bad-csv', (tree) => edit(tree, 'data/arets-resultat.csv', '2019;mnkr;4,1', '2019;mnkr;fyra'));
		const { output } = await buildFails(c);
		expect(output).toContain('Bygget stoppades');
	});

	it('when the search index cannot be written', async () => {
		const c = prepare('atomic-search-index', () => {});
		// A Pagefind binary that fails at once, as a broken or missing install would.
		const broken = path.join(path.dirname(c.tree), 'pagefind-broken');
		writeFileSync(broken, '#!/bin/sh\necho "pagefind: trasig" >&2\nexit 3\n', { mode: 0o755 });
		const { output } = await buildFails(c, { PAGEFIND_BINARY_PATH: broken });
		expect(output).toContain('Bygget misslyckades');
		expect(output).toContain('Sökindexet kunde inte skrivas');
	});

	it('when a reference names nothing', async () => {
		const c = prepare('atomic-bad-reference', (tree) => edit(tree, 'indicators/arets-resultat.md', /^goal: stark-ekonomi$/m, 'goal: finns-inte'));
		const { output } = await buildFails(c);
		expect(output).toContain('Bygget stoppades');
	});
});

describe('a build killed while Astro writes the pages', () => {
	const root = path.join(TEST_DIR, 'killed');
	const tree = path.join(root, 'content');
	const dist = path.join(root, 'dist');
	const env = { MALBILD_CONTENT: tree, MALBILD_DIST: dist };
	const staging = path.join(WORK_DIR, `staging-${buildKey(tree, {})}`);

	/** A page Astro writes early: the build is writing pages once it is in the staging folder. */
	const firstPage = path.join(staging, '404.html');

	/** Starts a build and kills it (SIGKILL: no chance to clean up) once Astro has begun writing pages. */
	function killedBuild(): Promise<{ pid: number; output: string; signal: NodeJS.Signals | null }> {
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
			const watch = setInterval(() => {
				if (existsSync(firstPage) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
			}, 10);
			child.on('error', reject);
			child.on('close', (_code, signal) => {
				clearInterval(watch);
				resolve({ pid: child.pid!, output, signal });
			});
		});
	}

	it('leaves the earlier site byte for byte, and the next build clears what it left', { timeout: 240_000 }, async () => {
		rmSync(root, { recursive: true, force: true });
		// A few hundred pages, so that the kill lands while pages are being written.
		writeTree(tree, generateTree({ indicators: 300 }));
		const first = await runBuild(env);
		expect(first.code, first.output).toBe(0);
		const before = fingerprint(dist);

		const killed = await killedBuild();
		expect(killed.signal, killed.output).toBe('SIGKILL');
		// Killed in the middle of writing the pages: some were written, the build never got as far as its search index.
		expect(existsSync(firstPage)).toBe(true);
		expect(existsSync(path.join(staging, 'pagefind'))).toBe(false);
		expect(fingerprint(dist)).toEqual(before);
		// The killed build's half-written staging folder is still there: nothing could remove it.
		expect(leftBehind(killed.pid, env)).toContain(path.basename(staging));
		expect(readdirSync(staging).length).toBeGreaterThan(0);

		const next = await runBuild(env);
		expect(next.code, next.output).toBe(0);
		// Nothing of the killed build is left, and the new site is the same site (builds are deterministic).
		expect(leftBehind(killed.pid, env)).toEqual([]);
		expect(existsSync(`${staging}.pid`)).toBe(false);
		expect(existsSync(path.join(WORK_DIR, `trash-${next.pid}`))).toBe(false);
		expect(fingerprint(dist)).toEqual(before);
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('Syntetisk målbild');
	});
});
