/**
 * The dev server's kept validation (src/lib/content/validation-cache.ts): its key must change with
 * anything that could change what the validation gives, or an editor would see stale content after
 * a restart; and what is read back must be the validation as it was.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { readValidation, validationKey, writeValidation } from '../../../src/lib/content/validation-cache.ts';
import { brokenTree, copy, remove, rename, removeTrees, replace, write, type Edit } from './helpers.ts';

afterAll(removeTrees);

const NOW = new Date('2026-03-01T12:00:00Z');
const ASSESSMENT = 'assessment:\n  status: not-achieved\n  motivation: Det finns ännu inget forum för dialog.\n';

/** A change of one digit: the same size, so only the file's times tell. */
const sameSize: Edit = (dir) => {
	const file = path.join(dir, 'data/besokare.csv');
	const text = readFileSync(file, 'utf8');
	const changed = text.replace(/\d(?=\r?\n|$)/, (d) => String((Number(d) + 1) % 10));
	expect(changed).not.toBe(text);
	expect(changed.length).toBe(text.length);
	writeFileSync(file, changed);
};

const changes: { name: string; edit: Edit }[] = [
	{ name: 'a value in a CSV file, the size the same', edit: sameSize },
	{ name: 'a title in an indicator', edit: replace('indicators/besokare.md', 'title:', 'title: Ny') },
	{ name: 'site.yaml', edit: (dir) => appendFileSync(path.join(dir, 'site.yaml'), '\n') },
	{ name: 'a new indicator', edit: copy('indicators/dialog.md', 'indicators/dialog-2.md') },
	{ name: 'a removed data file', edit: remove('data/resultat.csv') },
	{ name: 'a renamed page', edit: rename('pages/om.mdx', 'pages/om-oss.mdx') },
	{ name: 'a file in a folder under data/', edit: (dir) => (mkdirSync(path.join(dir, 'data/kolada')), writeFileSync(path.join(dir, 'data/kolada/svar.json'), '{}')) },
	{ name: 'a translation', edit: write('areas/natur.en.md', '---\ntitle: Nature\n---\n') },
];

describe('validationKey', () => {
	it('is the same for an unchanged tree, read or not', () => {
		const dir = brokenTree();
		const key = validationKey(dir, NOW);
		validateContent(dir, { now: NOW });
		expect(validationKey(dir, NOW)).toBe(key);
	});

	it.each(changes)('changes with $name', ({ edit }) => {
		const dir = brokenTree();
		const before = validationKey(dir, NOW);
		edit(dir);
		expect(validationKey(dir, NOW)).not.toBe(before);
	});

	it('changes with the year, which rules about passed target years depend on', () => {
		const dir = brokenTree();
		expect(validationKey(dir, new Date('2027-01-01T12:00:00Z'))).not.toBe(validationKey(dir, NOW));
	});

	it('differs between two trees with the same files', () => {
		expect(validationKey(brokenTree(), NOW)).not.toBe(validationKey(brokenTree(), NOW));
	});
});

describe('readValidation and writeValidation', () => {
	it('give back the validation as it was, model and warnings', () => {
		// A qualitative indicator without an assessment: a warning, and the site still built.
		const dir = brokenTree(replace('indicators/dialog.md', ASSESSMENT, ''));
		const validation = validateContent(dir, { now: NOW });
		expect(validation.model).toBeDefined();
		expect(validation.problems.map((p) => p.severity)).toEqual(['warning']);
		const file = path.join(dir, '.cache', 'validated.bin');
		writeValidation(file, 'nyckel', validation);
		const read = readValidation(file, 'nyckel');
		expect(read).toStrictEqual(validation);
		// One object, as in the validation, not copies of it.
		const [indicator] = read!.model!.indicators;
		expect(indicator!.area).toBe(read!.model!.areas.find((a) => a.id === indicator!.area.id));
	});

	it('give nothing for another key, a missing file or a damaged one', () => {
		const dir = brokenTree();
		const file = path.join(dir, '.cache', 'validated.bin');
		expect(readValidation(file, 'nyckel')).toBeUndefined();
		writeValidation(file, 'nyckel', validateContent(dir, { now: NOW }));
		expect(readValidation(file, 'en annan')).toBeUndefined();
		writeFileSync(file, readFileSync(file).subarray(0, 1000));
		expect(readValidation(file, 'nyckel')).toBeUndefined();
	});

	it('write the key first, so that a stale file is known by its first line, without reading the validation', () => {
		const dir = brokenTree();
		const file = path.join(dir, '.cache', 'validated.bin');
		const key = 'a'.repeat(64);
		writeValidation(file, key, validateContent(dir, { now: NOW }));
		expect(readFileSync(file).subarray(0, 65).toString()).toBe(`${key}\n`);
		// Another key of the same length, and one the stored key begins with.
		expect(readValidation(file, 'b'.repeat(64))).toBeUndefined();
		expect(readValidation(file, 'a'.repeat(63))).toBeUndefined();
		expect(readValidation(file, key)?.model).toBeDefined();
	});
});
