/**
 * writeDownloads, which `npm run build` runs beside Astro: the files its worker thread writes are
 * the same bytes the download routes give (toWorkbook, toCsv, toJson, siteCsv), on a tree large enough to be
 * sent in several batches, and over the files of an earlier site.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { toCsv, toJson, toWorkbook } from '../../../src/lib/model/download.ts';
import { writeDownloads } from '../../../src/lib/model/write-downloads.ts';
import { siteCsv } from '../../../src/lib/open-data/site-data.ts';
import { generateTree } from '../../../src/lib/synth/generate.ts';
import { writeTree } from '../../../src/lib/synth/write.ts';
import { koladaEdits, modelOf, removeTrees, tree, trickyEdits } from '../open-data/trees.ts';

const root = mkdtempSync(path.join(tmpdir(), 'malbild-downloads-'));
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	removeTrees();
});

const synthetic = (indicators: number) => {
	const dir = path.join(root, `tree-${indicators}`);
	writeTree(dir, generateTree({ indicators }));
	const { model, problems } = validateContent(dir);
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	return model!;
};

const read = (site: string, file: string) => readFileSync(path.join(site, file), 'utf8');

describe('writeDownloads', () => {
	it.each([
		['60 synthetic indicators (three batches)', () => synthetic(60)],
		['the fixture with Kolada rows and titles that need quoting', () => modelOf(tree(...koladaEdits, ...trickyEdits))],
	])('writes each indicator’s Excel, CSV and JSON and data.csv as the routes give them: %s', async (_, model) => {
		const { indicators } = model();
		const site = mkdtempSync(path.join(root, 'site-'));
		const written = await writeDownloads(indicators, site).done;
		const withData = indicators.filter((i) => i.dataset);
		expect(withData.length).toBeGreaterThan(0);
		expect(written).toBe(withData.length * 3 + 1);
		for (const i of withData) {
			expect(read(site, `indikatorer/${i.id}.csv`), i.id).toBe(toCsv(i));
			expect(read(site, `indikatorer/${i.id}.json`), i.id).toBe(toJson(i));
			// Packed in the worker thread, byte for byte what the dev server's route gives.
			expect(readFileSync(path.join(site, `indikatorer/${i.id}.xlsx`)).equals(Buffer.from(toWorkbook(i))), `${i.id}.xlsx`).toBe(true);
		}
		expect(read(site, 'data.csv')).toBe(siteCsv(indicators));
		for (const i of indicators.filter((i) => !i.dataset)) expect(existsSync(path.join(site, `indikatorer/${i.id}.csv`))).toBe(false);
	});

	it('writes data.csv anew over an earlier site’s, not after it', async () => {
		const { indicators } = synthetic(30);
		const site = mkdtempSync(path.join(root, 'site-'));
		mkdirSync(path.join(site, 'indikatorer'));
		writeFileSync(path.join(site, 'data.csv'), 'indicator,period\nborta,2020\n');
		writeFileSync(path.join(site, 'indikatorer', `${indicators[0]!.id}.csv`), 'gammal\n');
		await writeDownloads(indicators, site).done;
		expect(read(site, 'data.csv')).toBe(siteCsv(indicators));
		expect(read(site, `indikatorer/${indicators[0]!.id}.csv`)).toBe(toCsv(indicators[0]!));
	});
});
