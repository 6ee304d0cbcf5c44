/**
 * `npm run check` (scripts/check.ts) as an editor runs it: a child process against a copy of the
 * valid fixture, broken on purpose. Every problem is printed, errors before warnings, then a
 * summary line; the exit code is 1 on errors and 0 with warnings only; `--lang en` or
 * `MALBILD_LANG=en` prints the same in English.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenTree, removeTrees, replace, write } from './helpers.ts';

afterAll(removeTrees);

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/check.ts');

interface Run {
	code: number | null;
	/** Standard output, line by line, the tree's folder written as <mapp>. */
	lines: string[];
	stderr: string;
}

function check(dir: string, args: string[] = [], env: Record<string, string> = {}): Run {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, MALBILD_LANG: '', ...env, MALBILD_CONTENT: dir },
		timeout: 20_000,
	});
	const tree = path.relative(ROOT, dir);
	// The longer first: one of the two contains the other.
	const names = [dir, tree].sort((a, b) => b.length - a.length);
	const lines = result.stdout.trimEnd().split('\n').map((l) => names.reduce((text, name) => text.replaceAll(name, '<mapp>'), l));
	return { code: result.status, lines, stderr: result.stderr };
}

/** An error (a CSV value that is not a number) and a warning (a data file no indicator uses). */
const ERROR_AND_WARNING = [replace('data/resultat.csv', '2022;;3,0', '2022;;tre'), write('data/extra.csv', 'År;Värde\n2023;1\n')];

describe('npm run check', () => {
	it('passes a valid tree: exit code 0 and a summary', () => {
		const { code, lines } = check(brokenTree());
		expect(lines).toEqual(['<mapp>: 0 fel, 0 varningar; 3 indikatorer kontrollerade.']);
		expect(code).toBe(0);
	});

	it('prints every problem, errors first, and a summary in Swedish; exit code 1 on errors', () => {
		const { code, lines } = check(brokenTree(...ERROR_AND_WARNING));
		expect(lines).toEqual([
			'1 fel i innehållet:',
			'  ✗ data/resultat.csv rad 3, kolumnen Värde: värdet "tre" är inte ett tal. Tips: Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.',
			'1 varning:',
			'  ! data/extra.csv: ingen indikator använder filen. Tips: Ange filen i en indikators fält data, eller ta bort den.',
			'<mapp>: 1 fel, 1 varning.',
		]);
		expect(code).toBe(1);
	});

	const ENGLISH = [
		'1 error in the content:',
		'  ✗ data/resultat.csv line 3, column Värde: the value "tre" is not a number. Hint: Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.',
		'1 warning:',
		"  ! data/extra.csv: no indicator uses the file. Hint: Name the file in an indicator's field data, or remove it.",
		'<mapp>: 1 error, 1 warning.',
	];

	it.each([
		['--lang en', ['--lang', 'en'], {}],
		['--lang=en', ['--lang=en'], {}],
		['MALBILD_LANG=en', [], { MALBILD_LANG: 'en' }],
	])('prints the same in English with %s', (_name, args, env) => {
		const { code, lines } = check(brokenTree(...ERROR_AND_WARNING), args, env);
		expect(lines).toEqual(ENGLISH);
		expect(code).toBe(1);
	});

	it('exits 0 with warnings only, still printing them', () => {
		const dir = brokenTree(
			write('data/extra.csv', 'År;Värde\n2023;1\n'),
			// A target year long past, whatever today's date.
			replace('indicators/besokare.md', '      value: 1400\n', '      value: 1400\n      year: 2001\n'),
		);
		const sv = check(dir);
		expect(sv.lines.filter((l) => !l.startsWith('  '))).toEqual(['2 varningar:', '<mapp>: 0 fel, 2 varningar; 3 indikatorer kontrollerade.']);
		expect(sv.lines[1]).toMatch(/^ {2}! indicators\/besokare\.md rad 14, fältet series\[1\]\.target\.year: målåret 2001 har redan passerat/);
		expect(sv.code).toBe(0);
		const en = check(dir, ['--lang', 'en']);
		expect(en.lines.filter((l) => !l.startsWith('  '))).toEqual(['2 warnings:', '<mapp>: 0 errors, 2 warnings; 3 indicators checked.']);
		expect(en.lines[1]).toMatch(/^ {2}! indicators\/besokare\.md line 14, field series\[1\]\.target\.year: the target year 2001 has already passed/);
		expect(en.code).toBe(0);
	});

	it('reports a content folder that does not exist', () => {
		const { code, lines } = check(path.join(ROOT, 'finns-inte'), ['--lang', 'en']);
		expect(lines).toEqual([
			'1 error in the content:',
			'  ✗ <mapp>: the content folder does not exist. Hint: Give an existing folder in MALBILD_CONTENT, e.g. MALBILD_CONTENT=examples/smedjebacken.',
			'<mapp>: 1 error, 0 warnings.',
		]);
		expect(code).toBe(1);
	});

	it('refuses a language it does not have, in both languages, with exit code 2', () => {
		const { code, stderr } = check(brokenTree(), ['--lang', 'de']);
		expect(stderr.trim().split('\n')).toEqual([
			'Okänt språk "de". Välj sv (svenska) eller en (engelska), t.ex. npm run check -- --lang en.',
			'Unknown language "de". Choose sv (Swedish) or en (English), e.g. npm run check -- --lang en.',
		]);
		expect(code).toBe(2);
	});
});
