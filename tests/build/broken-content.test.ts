/**
 * A build of broken content stops with exit code 1, prints every problem with file, line and field,
 * leaves the site built before byte-for-byte as it was, and leaves no half-built folder behind.
 * Each case breaks a fresh copy of examples/smedjebacken.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFails, edit, prepare } from './broken.ts';
import { leftBehind, runBuild } from './support.ts';

/** The output's lines, without surrounding white space. */
const lines = (output: string) => output.split(/\r?\n/).map((l) => l.trim());

describe('a build of broken content', () => {
	it('stops at a reference to a goal that does not exist, naming the file, line, field and the likely goal', async () => {
		const c = prepare('bad-reference', (tree) => edit(tree, 'indicators/arets-resultat.md', /^goal: stark-ekonomi$/m, 'goal: stark-ekonomin'));
		const { output } = await buildFails(c);
		expect(lines(output)).toContain('1 fel i innehållet:');
		const line = lines(output).find((l) => l.startsWith('✗ indicators/arets-resultat.md'));
		expect(line, output).toBeDefined();
		expect(line).toMatch(/^✗ indicators\/arets-resultat\.md rad 4, fältet goal: Mål "stark-ekonomin" finns inte\. Tips: Menade du "stark-ekonomi"\?/);
		expect(output).toContain('Bygget stoppades');
	});

	it('stops at a CSV value that is not a number, naming the file, row and column', async () => {
		// In a CSV file the field is called a column: "kolumnen Värde".
		const c = prepare('bad-csv-number', (tree) => edit(tree, 'data/arets-resultat.csv', '2019;mnkr;4,1', '2019;mnkr;4,1 mnkr'));
		const { output } = await buildFails(c);
		expect(lines(output)).toContain('1 fel i innehållet:');
		expect(lines(output).find((l) => l.startsWith('✗ data/'))).toMatch(
			/^✗ data\/arets-resultat\.csv rad 4, kolumnen Värde: värdet "4,1 mnkr" är inte ett tal\. Tips: /,
		);
	});

	it('refuses to guess what "1.234,5" means', async () => {
		const c = prepare('ambiguous-csv-number', (tree) => edit(tree, 'data/skr-jamforelser.csv', '2021,placering,71', '2021,placering,"1.234,5"'));
		const { output } = await buildFails(c);
		expect(lines(output).find((l) => l.startsWith('✗ data/'))).toMatch(/^✗ data\/skr-jamforelser\.csv rad 6, kolumnen Value: värdet "1\.234,5" är inte ett tal\./);
	});

	it('stops at broken YAML front matter, naming the file and line, and nothing else', async () => {
		// A colon in an unquoted title: the commonest YAML mistake. The goal is used by an indicator;
		// its file exists, so the indicator's reference must not be reported as well.
		const c = prepare('bad-yaml', (tree) => edit(tree, 'goals/stark-ekonomi.md', /^title: Stark ekonomi$/m, 'title: Stark ekonomi: överskott'));
		const { output } = await buildFails(c);
		expect(lines(output)).toContain('1 fel i innehållet:');
		expect(lines(output).filter((l) => l.startsWith('✗ '))).toEqual([expect.stringMatching(/^✗ goals\/stark-ekonomi\.md rad 2: .*kolon.* Tips: .*citattecken/)]);
	});

	it('stops at broken YAML in site.yaml', async () => {
		const c = prepare('bad-site-yaml', (tree) => edit(tree, 'site.yaml', /^title: (.*)$/m, 'title: "$1'));
		const { output } = await buildFails(c);
		expect(lines(output).find((l) => l.startsWith('✗ site.yaml'))).toMatch(/^✗ site\.yaml rad 4: .*citattecken/);
	});

	it('prints every problem at once, in every file', async () => {
		const c = prepare('several', (tree) => {
			edit(tree, 'indicators/arets-resultat.md', /^goal: stark-ekonomi$/m, 'goal: stark-ekonomin');
			edit(tree, 'data/arets-resultat.csv', '2019;mnkr;4,1', '2019;mnkr;4,1 mnkr');
			edit(tree, 'goals/hog-sysselsattning.md', /^title: (.*)$/m, 'title: $1: för alla');
		});
		const { output } = await buildFails(c);
		expect(lines(output)).toContain('3 fel i innehållet:');
		const problems = lines(output).filter((l) => l.startsWith('✗ '));
		expect(problems.map((l) => l.split(':')[0])).toEqual(
			expect.arrayContaining(['✗ indicators/arets-resultat.md rad 4, fältet goal', '✗ data/arets-resultat.csv rad 4, kolumnen Värde', '✗ goals/hog-sysselsattning.md rad 2']),
		);
		expect(problems).toHaveLength(3);
	});

	it('writes no site where there was none', async () => {
		const c = prepare('no-earlier-site', (tree) => edit(tree, 'indicators/arets-resultat.md', /^goal: stark-ekonomi$/m, 'goal: stark-ekonomin'));
		rmSync(c.dist, { recursive: true });
		const result = await runBuild({ MALBILD_CONTENT: c.tree, MALBILD_DIST: c.dist });
		expect(result.code, result.output).toBe(1);
		expect(existsSync(c.dist)).toBe(false);
		expect(leftBehind(result.pid, { MALBILD_CONTENT: c.tree })).toEqual([]);
	});

	it('that fails while Astro renders the pages leaves the earlier site and no half-built folder', { timeout: 120_000 }, async () => {
		// A page that imports the web team's own code is left to them by the content check; here
		// that code throws while the page is rendered, after Astro has begun writing pages into the
		// staging folder.
		const c = prepare('render-error', (tree) => {
			writeFileSync(path.join(tree, 'pages', '_trasig.mjs'), "export default function Trasig() { throw new Error('KomponentenKraschade'); }\n");
			const file = path.join(tree, 'pages', 'om.mdx');
			const text = readFileSync(file, 'utf8').replace(/^(---\r?\n[\s\S]*?\r?\n---\r?\n)/, "$1import Trasig from './_trasig.mjs';\n\n");
			writeFileSync(file, `${text}\n<Trasig />\n`);
		});
		const { output } = await buildFails(c);
		expect(output).toContain('Innehållet är giltigt');
		expect(output).toContain('Trasig');
		expect(output).toContain('Bygget misslyckades');
	});
});
