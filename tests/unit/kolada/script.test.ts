/**
 * End to end: `node scripts/kolada.ts` on a copy of the valid content tree, against the local v3
 * server; then the build's own checks read what it wrote.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { database, startKolada, type KoladaServer, type Route } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const VALID = path.join(ROOT, 'tests/fixtures/content/valid');
const TITLE = 'Provnyckeltal för tester, andel (%)';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
let server: KoladaServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

/** The valid tree with Kolada settings on `resultat` (compared with Riket) and a new `placering` ranked among all municipalities. */
function tree(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'malbild-kolada-'));
	made.push(dir);
	cpSync(VALID, dir, { recursive: true });
	const resultat = path.join(dir, 'indicators/resultat.md');
	writeFileSync(
		resultat,
		readFileSync(resultat, 'utf8').replace(
			/\n---\n?$/,
			['', 'source:', '  name: Kolada', '  kolada: N15508', 'kolada:', '  kpi: N15508', '  municipality: "2023"', `  title: "${TITLE}"`, '  comparisons:', '    - { id: "0000", label: Riket }', '---', ''].join('\n'),
		),
	);
	writeFileSync(
		path.join(dir, 'indicators/placering.md'),
		[
			'---',
			'title: Bland de 25 % bästa kommunerna',
			'area: natur',
			'data: placering.csv',
			'series:',
			'  - name: N15508',
			'    unit: "%"',
			'    direction: higher',
			'  - name: Placering',
			'    direction: lower',
			'    target: { kind: top-share, share: 25, groupSize: 40 }',
			'source: { name: Kolada, kolada: N15508 }',
			'kolada:',
			'  kpi: N15508',
			'  municipality: "2023"',
			`  title: "${TITLE}"`,
			'  rank: { group: all, years: 3 }',
			'---',
			'',
		].join('\n'),
	);
	return dir;
}

async function kolada(dir: string, routes: Record<string, Route>, ...args: string[]) {
	server = await startKolada(routes, database());
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/kolada.ts', '--base-url', server.base, ...args], {
			cwd: ROOT,
			env: { ...process.env, MALBILD_CONTENT: dir, MALBILD_LANG: '', KOLADA_BASE_URL: '' },
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const KPI = { '/v3/kpi/N15508': { file: 'kpi-N15508.json' } };

describe('npm run data:kolada', () => {
	it('writes CSV and raw JSON that the build reads with no problem', async () => {
		const dir = tree();
		const { code, stdout } = await kolada(dir, KPI);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toBe('placering: hämtar N15508 för kommun 2023 …');
		expect(lines[1]).toBe(`placering: 8 rader, 2020–2024 → data/placering.csv (rådata: data/kolada/placering.json). Nyckeltal: "${TITLE}", publicerat 2025-04-15.`);
		expect(lines[2]).toBe('resultat: hämtar N15508 för kommun 2023 och 1 jämförelse …');
		expect(lines[3]).toBe(`resultat: 10 rader, 2020–2024 → data/resultat.csv (rådata: data/kolada/resultat.json). Nyckeltal: "${TITLE}", publicerat 2025-04-15.`);
		expect(lines.at(-2)).toBe('Kolada: 2 av 2 indikatorer skrivna, 0 fel, 0 varningar.');

		const resultat = readFileSync(path.join(dir, 'data/resultat.csv'), 'utf8');
		expect(resultat).toBe('Year,Jämförelse,Value\n2020,,72.8\n2021,,\n2022,,74.1\n2023,,75\n2024,,76.4\n2020,Riket,74\n2021,Riket,74\n2022,Riket,74\n2023,Riket,74\n2024,Riket,74\n');
		for (const name of ['resultat', 'placering']) {
			expect(readCsv(readFileSync(path.join(dir, `data/${name}.csv`)), `data/${name}.csv`).problems).toEqual([]);
			const raw = JSON.parse(readFileSync(path.join(dir, `data/kolada/${name}.json`), 'utf8')) as { fetchedAt: string; kpi: { title: string }; responses: unknown[] };
			expect(raw.kpi.title).toBe(TITLE);
			expect(Date.parse(raw.fetchedAt)).not.toBeNaN();
			expect(raw.responses.length).toBeGreaterThan(1);
		}

		// The build reads what the command wrote, the kolada block included, with no problem at all.
		const { model, problems } = validateContent(dir);
		expect(problems).toEqual([]);
		const byId = (id: string) => model!.indicators.find((i) => i.id === id)!;
		// The last four years with a value: 2020 below Riket's 74, 2022–2024 above (2021 is missing, skipped).
		expect(byId('resultat').status).toBe('partly-achieved');
		// Rank 26 of 40 in 2024, the limit being ⌊25 % × 40⌋ = 10.
		const rank = byId('placering').series.find((s) => s.target?.kind === 'top-share')!;
		expect(rank.points.map((p) => p.value)).toEqual([20, 21, 26]);
		expect(rank.assessment?.status).toBe('not-achieved');
	});

	it('fetches only the indicator asked for, in English when asked', async () => {
		const dir = tree();
		const { code, stdout } = await kolada(dir, KPI, '--only', 'resultat', '--lang', 'en');
		expect(code).toBe(0);
		expect(stdout).toContain('resultat: fetching N15508 for municipality 2023 and 1 comparison …');
		expect(stdout).toContain('Kolada: 1 of 1 indicator written, 0 errors, 0 warnings.');
		expect(existsSync(path.join(dir, 'data/placering.csv'))).toBe(false);
	});

	it('leaves the data file as it was and exits 1 when Kolada fails', async () => {
		const dir = tree();
		const before = readFileSync(path.join(dir, 'data/resultat.csv'), 'utf8');
		const { code, stdout } = await kolada(dir, { '/v3/kpi/N15508': { status: 404, json: { detail: 'Not Found' } } }, '--only', 'resultat');
		expect(code).toBe(1);
		expect(stdout).toContain('resultat: ingen datafil skriven.');
		expect(stdout).toMatch(/✗ indicators\/resultat\.md rad 17, fältet kolada\.kpi: Kolada svarade HTTP 404 på http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\/N15508: \{"detail":"Not Found"\}\. Datafilen är orörd\./);
		expect(stdout).toContain('Kolada: 0 av 1 indikator skrivna, 1 fel, 0 varningar.');
		expect(readFileSync(path.join(dir, 'data/resultat.csv'), 'utf8')).toBe(before);
		expect(existsSync(path.join(dir, 'data/kolada'))).toBe(false);
	});

	it.each([
		[['--only', 'besokare'], /^Indikatorn "besokare" finns inte eller har inga kolada-inställningar\. Indikatorer med kolada: placering, resultat\.$/m],
		[['--snabbt'], /^Okänt argument "--snabbt"\. Användning: npm run data:kolada -- \[--only <indikator>\] \[--base-url <adress>\] \[--lang en\]$/m],
		[['--lang', 'fi'], /^Okänt språk "fi"\./m],
	])('refuses %j with exit code 2', async (args, message) => {
		const { code, stderr } = await kolada(tree(), KPI, ...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});

	it('says so when no indicator has kolada settings', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'malbild-kolada-'));
		made.push(dir);
		cpSync(VALID, dir, { recursive: true });
		const { code, stdout } = await kolada(dir, KPI);
		expect(code).toBe(0);
		expect(stdout.trim()).toBe(`Ingen indikator i ${path.relative(ROOT, dir)} har några kolada-inställningar. Se docs/kolada.md.`);
	});
});
