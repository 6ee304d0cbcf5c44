/**
 * Builds the example sites once before the build tests, one after another (two Astro builds at
 * once would compete for the same cache and the machine's two cores), with `node scripts/build.ts`
 * exactly as `npm run build` runs it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allBuilds, buildLog, buildTimings, runBuild, TEST_DIR } from './support.ts';

export default async function setup(): Promise<void> {
	mkdirSync(TEST_DIR, { recursive: true });
	for (const build of allBuilds) {
		// While working on tests alone: MALBILD_TEST_REUSE=1 keeps the sites the last run built.
		if (process.env.MALBILD_TEST_REUSE === '1' && existsSync(path.join(build.dist, 'index.html'))) continue;
		const started = Date.now();
		const result = await runBuild({ MALBILD_CONTENT: build.content, MALBILD_DIST: build.dist, MALBILD_BASE: build.base, MALBILD_SITE: build.site, MALBILD_TIMINGS: buildTimings(build) });
		// What the editor who ran it would have read (tests/build/build-output.test.ts).
		writeFileSync(buildLog(build), result.output);
		if (result.code !== 0) {
			throw new Error(`Building ${build.name} (${path.relative(process.cwd(), build.content)}) failed with exit code ${result.code}:\n${result.output}`);
		}
		console.log(`build tests: built ${build.name} in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), build.dist)}/`);
	}
}
