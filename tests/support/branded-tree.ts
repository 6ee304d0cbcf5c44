/**
 * A copy of examples/smedjebacken with a logo from tests/fixtures/brand and a brand colour of its
 * own, built: the example trees have neither, and their logos must not be real coats of arms.
 */
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { builds, ROOT, runBuild, TEST_DIR, type TreeBuild } from '../build/support.ts';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'brand');

export interface BrandedOptions {
	/** A file of tests/fixtures/brand, put in the tree as bilder/<file>. */
	logo?: 'logo.svg' | 'logo.png';
	brandColor?: string;
}

/** The tree, not built: for builds that are meant to fail. */
export function brandedTree(name: string, options: BrandedOptions): { root: string; tree: string } {
	const root = path.join(TEST_DIR, 'brand', name);
	rmSync(root, { recursive: true, force: true });
	const tree = path.join(root, 'content');
	cpSync(builds.smedjebacken.content, tree, { recursive: true });
	const lines: string[] = [];
	if (options.logo) {
		mkdirSync(path.join(tree, 'bilder'), { recursive: true });
		cpSync(path.join(FIXTURES, options.logo), path.join(tree, 'bilder', options.logo));
		lines.push(`logo: bilder/${options.logo}`);
	}
	if (options.brandColor) lines.push(`brandColor: "${options.brandColor}"`);
	appendFileSync(path.join(tree, 'site.yaml'), `\n${lines.join('\n')}\n`);
	return { root, tree };
}

/** The tree, built into its own dist/; throws with the build's output when it fails. */
export async function brandedBuild(name: string, options: BrandedOptions): Promise<TreeBuild> {
	const { root, tree } = brandedTree(name, options);
	const dist = path.join(root, 'dist');
	const result = await runBuild({ MALBILD_CONTENT: tree, MALBILD_DIST: dist });
	if (result.code !== 0) throw new Error(`Building ${name} failed:\n${result.output}`);
	return { name: `Smedjebacken (${name})`, content: tree, dist, base: '/' };
}
