import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../../src/lib/content/front-matter.ts';
import { generateTree } from '../../../src/lib/synth/generate.ts';

// front-matter.ts reads data with js-yaml and positions with yaml: the two must read every
// front matter we know alike, or a line would point at a different value than the one checked.
function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) yield* files(full);
		else if (/\.(md|mdx|ya?ml)$/.test(name)) yield full;
	}
}

const yamlOf = (file: string) => {
	const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	return file.endsWith('.md') || file.endsWith('.mdx') ? /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
};

describe('js-yaml and yaml read the same data', () => {
	const known = ['content', 'examples', 'tests/fixtures'].flatMap((dir) => [...files(dir)]);
	it.each(known)('%s', (file) => {
		const text = yamlOf(file);
		if (text === undefined) return;
		const doc = parseDocument(text, { uniqueKeys: true });
		if (doc.errors.length) {
			expect(parseYaml(text).errors.length).toBeGreaterThan(0);
		} else {
			expect(parseYaml(text).data).toEqual(doc.toJS());
		}
	});

	it('on every front matter of a synthetic tree', () => {
		const tree = generateTree({ indicators: 60, seed: 7 });
		let compared = 0;
		for (const [name, text] of tree) {
			const fm = name.endsWith('.md') ? parseFrontMatter(text) : undefined;
			if (!fm) continue;
			const yaml = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
			expect(fm.yaml.data, name).toEqual(parseDocument(yaml).toJS());
			compared++;
		}
		expect(compared).toBeGreaterThan(60);
	});

	it('a line is still found for a field', () => {
		const parsed = parseYaml('title: A\ntarget:\n  kind: at-least\n  value: 5\n', 1);
		expect(parsed.lineOf(['target', 'value'])).toBe(5);
		expect(parsed.sourceLine(5)).toBe('  value: 5');
	});
});
