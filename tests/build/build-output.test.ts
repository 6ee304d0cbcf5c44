/**
 * What a build tells the editor who runs it, and what it checks before it publishes: the build's
 * last step looks for every page its model makes (expectedFiles), so a page that list forgets could
 * go missing without a word.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { expectedFiles } from '../../src/lib/model/output.ts';
import { buildLog, buildTimings, listFiles, rootBuilds } from './support.ts';

for (const build of rootBuilds) {
	describe(`${build.name}: the build`, () => {
		const pages = listFiles(build.dist).filter((file) => file.endsWith('.html'));

		it('checks for every page it writes, and writes every page it checks for', () => {
			const { model } = validateContent(build.content);
			const expected = expectedFiles(model!);
			expect(expected.filter((file) => file.endsWith('.html')).sort()).toEqual(pages.sort());
			expect(expected.filter((file) => !existsSync(path.join(build.dist, file)))).toEqual([]);
		});

		it('says how many pages it wrote, in a few lines an editor can read', () => {
			const output = readFileSync(buildLog(build), 'utf8');
			const count = new Intl.NumberFormat('sv-SE').format(pages.length);
			expect(output).toMatch(new RegExp(`^${count} sidor på \\d+,\\d s\\.$`, 'm'));
			expect(output).toMatch(/^Sökindex: \d+ sidor \(en\), \d+ sidor \(sv\), på \d+,\d s\.$/m);
			expect(output).toMatch(/^Klart: /m);
			// Astro's line for every file it wrote, and the bundler's warnings about Astro's own MDX code.
			expect(output).not.toContain('├─');
			expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
			expect(output.split('\n').length).toBeLessThan(20);
		});

		it('times each phase for the benchmark, the pages as a part of the Astro phase', () => {
			const timings = JSON.parse(readFileSync(buildTimings(build), 'utf8')) as Record<string, number>;
			expect(Object.keys(timings).filter((phase) => !phase.includes(':'))).toEqual(['start', 'validate', 'astro', 'downloads', 'sweep', 'search', 'check', 'swap', 'cleanup']);
			expect(timings['astro:pages']).toBeGreaterThan(0);
			expect(timings['astro:pages']).toBeLessThan(timings.astro!);
		});
	});
}
