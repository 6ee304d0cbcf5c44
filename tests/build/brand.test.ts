/**
 * Branding in a build: a brand colour too light for its uses stops the build with the editor's
 * message and leaves the site as it was; a logo from the content tree (SVG or PNG) is copied into
 * the site and shown in the header; brand.css carries the colour and its dark-scheme variant.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkVariant } from '../../src/lib/brand/check.ts';
import { brandedBuild, FIXTURES } from '../support/branded-tree.ts';
import { buildFails, edit, prepare } from './broken.ts';
import { builds, listFiles, page } from './support.ts';

const lines = (output: string) => output.split(/\r?\n/).map((l) => l.trim());

describe('a brand colour too light for its uses', () => {
	it('stops the build with the measured and needed contrast and a colour that passes, and leaves dist/ untouched', async () => {
		const c = prepare('light-brand-colour', (tree) => edit(tree, 'site.yaml', /^base: \/$/m, 'base: /\nbrandColor: "#6fa8dc"'));
		// The line the edit put brandColor on, counted from the file rather than typed in.
		const at = readFileSync(path.join(c.tree, 'site.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('brandColor:')) + 1;
		expect(at).toBeGreaterThan(0);
		const { output } = await buildFails(c);
		expect(lines(output)).toContain('3 fel i innehållet:');
		expect(lines(output).filter((l) => l.startsWith('✗ '))).toEqual([
			`✗ site.yaml rad ${at}, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,5:1 mot vit text i sidhuvudet; det behövs 4,5:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".`,
			`✗ site.yaml rad ${at}, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,3:1 som länktext på den ljusa bakgrunden (#f4f6f8); det behövs 4,5:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".`,
			`✗ site.yaml rad ${at}, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,5:1 för knappar och ramar mot den vita bakgrunden; det behövs 3,0:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".`,
		]);
	});
});

describe('the examples without a logo', () => {
	it.each([builds.malung, builds.smedjebacken])('$name: no logo file, no image in the header, brand.css with both schemes', (build) => {
		expect(listFiles(build.dist).filter((f) => /^logo\./.test(f))).toEqual([]);
		expect(page(build.dist, 'index.html')('.site-header img').length).toBe(0);
		const css = readFileSync(path.join(build.dist, 'brand.css'), 'utf8');
		expect(css).toContain(':root{--brand:#1f4e79;--brand-text:#1f4e79;');
		expect(css).toContain(`@media screen and (prefers-color-scheme:dark){:root{--brand-text:${darkVariant('#1f4e79')};`);
	});
});

describe.each([
	['logo.svg', '#2a6f3e'],
	['logo.png', '#7a1f5c'],
] as const)('a tree with %s and brand colour %s', (logo, colour) => {
	it('copies the logo byte for byte and shows it in every page’s header, beside the organisation’s name', async () => {
		const build = await brandedBuild(logo.replace('.', '-'), { logo, brandColor: colour });
		expect(readFileSync(path.join(build.dist, logo))).toEqual(readFileSync(path.join(FIXTURES, logo)));
		for (const file of ['index.html', 'indikatorer/index.html', '404.html']) {
			const $ = page(build.dist, file);
			const link = $('.site-header a.brand');
			expect(link.find('img').attr('src'), file).toBe(`/${logo}`);
			// The name right beside it is the link's text; the image would only repeat it.
			expect(link.find('img').attr('alt'), file).toBe('');
			expect(link.text().replace(/\s+/g, ' ').trim()).toBe('Smedjebackens kommunVision och mål');
		}
		const css = readFileSync(path.join(build.dist, 'brand.css'), 'utf8');
		expect(css).toContain(`--brand:${colour};`);
		expect(css).toContain(`--brand-text:${darkVariant(colour)};`);
	});
});
