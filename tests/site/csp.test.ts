/**
 * The built pages allow a strict Content-Security-Policy (docs/hosting.md): no inline code, no
 * inline styles, nothing from another origin. The browser tests serve the site with that policy
 * and see no violation; this checks the same in the files, for every page of every build, so the
 * reason is named when it fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../build/support.ts';
import { CSP } from '../support/server.ts';
import { allBuilds, requireBuilt, ROOT } from '../support/sites.ts';

const OTHER_ORIGIN = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

test('the browser tests serve the policy docs/hosting.md gives hosts, which lets the search compile its WebAssembly', () => {
	const doc = readFileSync(path.join(ROOT, 'docs', 'hosting.md'), 'utf8');
	const policy = /^Content-Security-Policy: (.+)$/m.exec(doc.slice(doc.indexOf('## Content-Security-Policy')))?.[1];
	expect(policy).toBe(CSP);
	expect(CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
});

for (const build of allBuilds) {
	describe(`${build.name}: ready for a strict Content-Security-Policy`, () => {
		const dist = requireBuilt(build).dist;

		test.for(htmlFiles(dist))('%s', (file, { expect }) => {
			const $ = load(readFileSync(path.join(dist, file), 'utf8'));
			const code = $('script:not([src])')
				.toArray()
				.filter((el) => $(el).attr('type') !== 'application/json')
				.map((el) => `inline script: ${$(el).html()?.slice(0, 60)}`);
			const styles = $('style')
				.toArray()
				.map((el) => `style element: ${$(el).html()?.slice(0, 60)}`);
			const attributes = $('*')
				.toArray()
				.flatMap((el) =>
					Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})
						.filter((a) => a === 'style' || a.startsWith('on'))
						.map((a) => `${a}="" on <${(el as { tagName?: string }).tagName}>`),
				);
			const foreign = $('script[src], link[href]:not([rel~="alternate"]), img[src], source[src], iframe[src], object[data], embed[src]')
				.toArray()
				.map((el) => $(el).attr('src') ?? $(el).attr('href') ?? $(el).attr('data') ?? '')
				.filter((a) => OTHER_ORIGIN.test(a) || a.startsWith('data:text/javascript'));
			expect({ code, styles, attributes, foreign }).toEqual({ code: [], styles: [], attributes: [], foreign: [] });
			// JSON data for the charts must not be able to end its script element early.
			for (const el of $('script[type="application/json"]').toArray()) expect($(el).html()).not.toMatch(/<\/script/i);
		});
	});
}
