/**
 * searchablePages on the example sites' kind of model: one pattern per kind of page, in each
 * published language, and a count of the pages that should match. The glob must not grow with the
 * number of indicators: Pagefind cannot parse one naming 20 000 pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { searchablePages } from '../../../src/lib/search/pages.ts';
import { generateTree } from '../../../src/lib/synth/generate.ts';
import { writeTree } from '../../../src/lib/synth/write.ts';

const root = mkdtempSync(path.join(tmpdir(), 'malbild-searchable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modelOf = (indicators: number) => {
	const dir = path.join(root, String(indicators));
	writeTree(dir, generateTree({ indicators }));
	const { model, problems } = validateContent(dir);
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	return model!;
};

describe('searchablePages', () => {
	it('names areas, goals, the strategies page and indicators, one pattern each, and counts their pages', () => {
		const model = modelOf(12);
		const { glob, count } = searchablePages(model);
		expect(glob).toBe('{omraden/*/index.html,mal/*/index.html,strategier/index.html,indikatorer/*/index.html}');
		expect(count).toBe(model.areas.length + model.goals.length + 1 + 12);
	});

	it('gives the same glob for ten times the indicators', () => {
		const [small, large] = [modelOf(12), modelOf(120)];
		expect(searchablePages(large).glob).toBe(searchablePages(small).glob);
		expect(searchablePages(large).count).toBe(large.areas.length + large.goals.length + 1 + 120);
	});

	it('adds each free page, and the same again under en/ when English is published', () => {
		const model = modelOf(12);
		const withEnglish = { ...model, site: { ...model.site, locales: ['sv', 'en'] }, pages: [{ id: 'om' }] } as unknown as typeof model;
		const { glob, count } = searchablePages(withEnglish);
		expect(glob.slice(1, -1).split(',')).toEqual([
			'omraden/*/index.html',
			'mal/*/index.html',
			'strategier/index.html',
			'indikatorer/*/index.html',
			'om/index.html',
			'en/areas/*/index.html',
			'en/goals/*/index.html',
			'en/strategies/index.html',
			'en/indicators/*/index.html',
			'en/om/index.html',
		]);
		expect(count).toBe(2 * (model.areas.length + model.goals.length + 1 + 12 + 1));
	});
});
