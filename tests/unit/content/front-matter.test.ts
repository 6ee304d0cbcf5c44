import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../../src/lib/content/front-matter.ts';

const SOURCE = `---
# A comment
title: Besökare
strategies: [a, b]
empty:
series:
  - name: Gästnätter
    target:
      kind: at-least
      value: 1400
---

Text.
`;

describe('parseFrontMatter', () => {
	const parsed = parseFrontMatter(SOURCE)!;

	it('splits the front matter from the body', () => {
		expect(parsed.yaml.errors).toEqual([]);
		expect(parsed.yaml.data).toMatchObject({ title: 'Besökare', strategies: ['a', 'b'], empty: null });
		expect(parsed.body).toBe('\nText.\n');
	});

	it.each<[string, PropertyKey[], number]>([
		['a field', ['title'], 3],
		['an item of a list on one line', ['strategies', 1], 4],
		['a field without value', ['empty'], 5],
		['a list, at its name', ['series'], 6],
		['an item of a list, at its -', ['series', 0], 7],
		['a group, at its name', ['series', 0, 'target'], 8],
		['a field in a group in a list', ['series', 0, 'target', 'value'], 10],
		['a missing field, at its parent', ['series', 0, 'target', 'year'], 8],
		['a missing item, at its list', ['series', 3], 6],
		['a missing top-level field, at the first field', ['order'], 3],
		['the whole front matter', [], 3],
	])('finds the line of %s', (_name, path, line) => {
		expect(parsed.yaml.lineOf(path)).toBe(line);
	});

	it('gives the lines of the file', () => {
		expect(parsed.yaml.sourceLine(3)).toBe('title: Besökare');
	});

	it('reads a file with a byte order mark and Windows line ends', () => {
		const crlf = parseFrontMatter(`\uFEFF${SOURCE.replaceAll('\n', '\r\n')}`)!;
		expect(crlf.yaml.data).toMatchObject({ title: 'Besökare' });
		expect(crlf.yaml.lineOf(['series', 0, 'target', 'value'])).toBe(10);
	});

	it('finds no front matter in a file without the opening ---', () => {
		expect(parseFrontMatter('title: Besökare\n---\n')).toBeUndefined();
		expect(parseFrontMatter('# Besökare\n')).toBeUndefined();
	});
});

describe('parseYaml errors', () => {
	it.each<[string, string, { line: number; message: string }]>([
		['a colon in a value', 'a: 1\ntitle: Ekonomi: budget\n', { line: 2, message: 'raden går inte att läsa som ett fält: antingen har ett värde ett kolon i sig, eller så är raden indragen fel.' }],
		['an unclosed quote, at the line it opens', 'title: "Ekonomi\norder: 2\n', { line: 1, message: 'citattecknet " stängs aldrig.' }],
		['a key given twice, at the second', 'order: 1\ntitle: x\norder: 2\n', { line: 3, message: 'fältet "order" står två gånger.' }],
		['a tab', 'a:\n\tb: 1\n', { line: 2, message: 'raden är indragen med tabb.' }],
		['an unclosed list, at the line it opens', 'order: 1\nstrategies: [a, b\ntitle: x\n', { line: 2, message: 'en lista som börjar med [ avslutas inte med ].' }],
		['a reserved first character', 'title: @kommunen\n', { line: 1, message: 'ett värde får inte börja med tecknet @.' }],
		['fields of one level not lined up', 'a:\n  b: 1\n c: 2\n', { line: 3, message: 'indraget stämmer inte: fält på samma nivå ska börja i samma kolumn.' }],
		// The scaffold's help lines are comments between fields: the mistake is the field after them.
		['a field indented too far after comments', 'target:\n  kind: at-least\n#   series: Serie\n\n  # year: 2030\n    value: 80\n', { line: 6, message: 'indraget stämmer inte: fält på samma nivå ska börja i samma kolumn.' }],
	])('describes %s in Swedish, only the first error', (_name, text, expected) => {
		const { errors, data } = parseYaml(text);
		expect(data).toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject(expected);
		expect(errors[0]!.hint).not.toMatch(/^$/);
	});

	it('counts lines from the offset', () => {
		expect(parseYaml('title: "x\n', 1).errors[0]!.line).toBe(2);
	});
});
