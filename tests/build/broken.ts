/**
 * Broken copies of a content tree, and what every failed build must do, for the build tests of
 * broken content (broken-content.test.ts) and of atomic publishing (atomic.test.ts).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { builds, fingerprint, leftBehind, runBuild, TEST_DIR, type BuildEnv, type RunResult } from './support.ts';

export const BROKEN_DIR = path.join(TEST_DIR, 'broken');

/** Replaces one exact piece of a file of the tree, failing loudly when the example changed. */
export function edit(tree: string, file: string, from: string | RegExp, to: string): void {
	const full = path.join(tree, file);
	const before = readFileSync(full, 'utf8');
	const after = before.replace(from, to);
	if (after === before) throw new Error(`${file} no longer contains ${String(from)}; update the test`);
	writeFileSync(full, after);
}

export interface Case {
	/** The content tree's copy, broken. */
	tree: string;
	/** A copy of a site built before, where this build would write. */
	dist: string;
	before: Record<string, string>;
}

/** A fresh copy of the Smedjebacken tree, plus a "previously built" site to protect. */
export function prepare(name: string, breakIt: (tree: string) => void): Case {
	const root = path.join(BROKEN_DIR, name);
	rmSync(root, { recursive: true, force: true });
	const tree = path.join(root, 'content');
	const dist = path.join(root, 'dist');
	cpSync(builds.smedjebacken.content, tree, { recursive: true });
	cpSync(builds.smedjebacken.dist, dist, { recursive: true });
	breakIt(tree);
	return { tree, dist, before: fingerprint(dist) };
}

/** Runs the build and checks what every failed build must do; returns its output for the case's own checks. */
export async function buildFails(c: Case, env: Partial<BuildEnv> = {}): Promise<RunResult> {
	const result = await runBuild({ ...env, MALBILD_CONTENT: c.tree, MALBILD_DIST: c.dist });
	expect(result.code, result.output).toBe(1);
	// The earlier site is untouched: same folders, same files, same bytes.
	expect(fingerprint(c.dist)).toEqual(c.before);
	// Nothing of this build is left: no staging folder, half-built or not.
	expect(leftBehind(result.pid, { MALBILD_CONTENT: c.tree })).toEqual([]);
	return result;
}
