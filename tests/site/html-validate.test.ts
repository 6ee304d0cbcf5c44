/**
 * Every built page is valid HTML by html-validate's recommended and document presets, with the
 * project's configuration (.htmlvalidate.mjs: three rules adjusted, each with its reason).
 */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../build/support.ts';
import { allBuilds, requireBuilt, ROOT } from '../support/sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

test('the configuration is the project’s: both presets, and SRI required only cross-origin', async () => {
	const rules = (await validator.getConfigFor(path.join(ROOT, 'dist', 'index.html'))).getRules();
	const on = (id: string) => (rules.get(id)?.[0] ?? 0) > 0;
	expect(on('no-inline-style'), 'from html-validate:recommended').toBe(true);
	expect(on('missing-doctype'), 'from html-validate:document').toBe(true);
	expect(rules.get('require-sri')?.[1]).toEqual({ target: 'crossorigin' });
});

test('the validator finds errors (it is not switched off)', async () => {
	const report = await validator.validateString('<!DOCTYPE html><html><head></head><body><div><p>x</div><img src="a.png"></body></html>', path.join(ROOT, 'probe.html'));
	expect(report.valid).toBe(false);
	expect(report.results[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['element-required-attributes', 'wcag/h37']));
});

for (const build of allBuilds) {
	describe(`${build.name}: html-validate`, () => {
		const files = htmlFiles(requireBuilt(build).dist);

		test('there are pages to validate', () => {
			expect(files.length).toBeGreaterThan(5);
		});

		test.for(files)('%s', async (file, { expect }) => {
			const report = await validator.validateFile(path.join(build.dist, file));
			const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
			expect(messages).toEqual([]);
			expect(report.errorCount).toBe(0);
		});
	});
}
