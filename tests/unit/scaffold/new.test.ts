/**
 * `npm run new` makes entries that the content check accepts as they are, with every field of the
 * schema written out (filled in or commented out) under its help text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { entrySchemas, type EntryCollection } from '../../../src/lib/schema/entries.ts';
import { idFor, kindOf, KINDS, scaffold, type ContentIndex, type Kind, type ScaffoldRequest } from '../../../src/lib/scaffold/entry.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const VALID = path.join(ROOT, 'tests/fixtures/content/valid');
const YEAR = 2025;

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'malbild-new-'));
	cpSync(VALID, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function indexOf(tree: string): ContentIndex {
	const { content } = loadContent(tree);
	if (!content) throw new Error('the fixture does not load');
	const ids = Object.fromEntries((Object.keys(entrySchemas) as EntryCollection[]).map((c) => [c, content[c].map((e) => e.id)])) as ContentIndex['ids'];
	return { site: content.site, ids, dataFiles: readdirSync(path.join(tree, 'data')) };
}

/** Scaffolds into the temp tree and writes the files, as the script does. */
function make(request: Omit<ScaffoldRequest, 'year'>) {
	const result = scaffold({ year: YEAR, ...request }, indexOf(dir));
	if (!result.ok) throw new Error(result.errors.join('\n'));
	for (const file of result.files) writeFileSync(path.join(dir, file.path), file.text, { flag: 'wx' });
	return result;
}

const errorsOf = (tree: string) => validateContent(tree).problems.filter((p) => p.severity === 'error');

/** The front matter between the two --- lines. */
const frontMatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;

describe('npm run new: valid as written', () => {
	const cases: [Kind, Omit<ScaffoldRequest, 'year' | 'kind'>][] = [
		['area', { title: 'Trygghet och hälsa' }],
		['goal', { title: 'God folkhälsa', area: 'natur' }],
		['strategy', { title: 'Vi samarbetar med föreningslivet', goal: 'stark-ekonomi' }],
		['indicator', { title: 'Andel elever med fullständiga betyg', area: 'natur', strategies: ['hushalla', 'budget-i-balans'] }],
		['indicator', { title: 'Andel som röker', goal: 'stark-ekonomi', direction: 'lower' }],
		['page', { title: 'Så arbetar vi med målen' }],
	];

	for (const [kind, request] of cases) {
		it(`${kind} "${request.title}": the content check finds no error`, () => {
			const result = make({ kind, ...request });
			expect(result.files[0]!.path).toBe(`${KINDS[kind].collection}/${idFor(request.title)}.${KINDS[kind].extension}`);
			expect(errorsOf(dir)).toEqual([]);
		});
	}

	it('all of them together, too', () => {
		for (const [kind, request] of cases) make({ kind, ...request });
		expect(errorsOf(dir)).toEqual([]);
		expect(validateContent(dir).model?.indicators.map((i) => i.id)).toEqual(expect.arrayContaining(['andel-elever-med-fullstandiga-betyg', 'andel-som-roker']));
	});

	it('an indicator gets a CSV stub with the header and one year marked missing: no invented number', () => {
		const { files } = make({ kind: 'indicator', title: 'Andel elever med fullständiga betyg', area: 'natur' });
		expect(files.map((f) => f.path)).toEqual(['indicators/andel-elever-med-fullstandiga-betyg.md', 'data/andel-elever-med-fullstandiga-betyg.csv']);
		expect(files[1]!.text).toBe(`År;Värde\n${YEAR};..\n`);
		const data = parse(frontMatter(files[0]!.text));
		expect(data).toMatchObject({ title: 'Andel elever med fullständiga betyg', area: 'natur', data: 'andel-elever-med-fullstandiga-betyg.csv', direction: 'higher' });
		// The only thing the check says is that there are no values yet.
		const problems = validateContent(dir).problems.filter((p) => p.file.includes('andel-elever'));
		expect(problems.map((p) => p.severity)).toEqual(['warning']);
	});
});

describe('npm run new: every field written out with its help', () => {
	for (const kind of Object.keys(KINDS) as Kind[]) {
		it(`${kind}: every field of the schema is there, filled in or commented out under its help text`, () => {
			const request = { kind, title: 'Ett test', ...(kind === 'goal' || kind === 'indicator' || kind === 'strategy' ? { area: 'natur' } : {}) };
			const result = scaffold({ year: YEAR, ...request }, indexOf(dir));
			if (!result.ok) throw new Error(result.errors.join('\n'));
			const lines = frontMatter(result.files[0]!.text).split('\n');
			for (const field of Object.keys(entrySchemas[KINDS[kind].collection].shape)) {
				const at = lines.findIndex((l) => l === `${field}:` || l.startsWith(`${field}: `) || l === `# ${field}:` || l.startsWith(`# ${field}: `));
				expect(at, `${kind}: ${field}`).toBeGreaterThan(0);
				// The help text is the comment line right above: "# Label: help".
				expect(lines[at - 1], `${kind}: ${field}`).toMatch(/^# [^:]{2,}: \S/);
			}
		});
	}

	it('the help is Swedish, from the schema; with lang en it is English', () => {
		const sv = scaffold({ year: YEAR, kind: 'indicator', title: 'Test', area: 'natur' }, indexOf(dir));
		const en = scaffold({ year: YEAR, kind: 'indicator', title: 'Test', area: 'natur', lang: 'en' }, indexOf(dir));
		if (!sv.ok || !en.ok) throw new Error('not made');
		expect(sv.files[0]!.text).toContain('# Riktning: Är högre eller lägre värden bättre?');
		expect(sv.files[0]!.text).toContain('Typer av mål (kind): at-least (Minst ett värde)');
		expect(en.files[0]!.text).toContain('# Direction: Are higher or lower values better?');
	});

	it('a commented-out field becomes valid when switched on', () => {
		const { files } = make({ kind: 'indicator', title: 'Besök', area: 'natur' });
		const file = path.join(dir, files[0]!.path);
		const text = readFileSync(file, 'utf8')
			.replace('# chart: line', 'chart: bar')
			.replace('# sample: false', 'sample: true')
			.replace(/# source:\n# {3}name: {2,}/, 'source:\n  name: Kolada ');
		writeFileSync(file, text);
		expect(errorsOf(dir)).toEqual([]);
		expect(parse(frontMatter(text))).toMatchObject({ chart: 'bar', sample: true, source: { name: 'Kolada' } });
	});

	it('the id is made from the title: lower case, no å ä ö, at most 60 characters cut at a hyphen', () => {
		expect(idFor('Andel elever med fullständiga betyg')).toBe('andel-elever-med-fullstandiga-betyg');
		expect(idFor('Mark- och planberedskap för minst 50 000 m² företagsetableringar och för 100 bostäder.')).toBe('mark-och-planberedskap-for-minst-50-000-m');
		expect(idFor('Mark- och planberedskap för minst 50 000 m² företagsetableringar och för 100 bostäder.').length).toBeLessThanOrEqual(60);
		expect(kindOf('indikator')).toBe('indicator');
		expect(kindOf('Område')).toBe('area');
		expect(kindOf('widget')).toBeUndefined();
	});
});

describe('npm run new: mistakes in plain words', () => {
	const errors = (request: Omit<ScaffoldRequest, 'year'>, index = indexOf(dir)) => {
		const result = scaffold({ year: YEAR, ...request }, index);
		return result.ok ? [] : result.errors;
	};

	it('an unknown area lists the ones there are', () => {
		expect(errors({ kind: 'indicator', title: 'Test', area: 'naringsliv' })).toEqual(['Målområde "naringsliv" finns inte. Finns: ekonomi, natur.']);
	});

	it('no area or goal says which to give and lists both', () => {
		expect(errors({ kind: 'indicator', title: 'Test' })).toEqual(['Ange målområde med --area eller mål med --goal. Målområde: ekonomi, natur. Mål: stark-ekonomi.']);
		expect(errors({ kind: 'goal', title: 'Test' })).toEqual(['Ange målområde med --area, t.ex. --area ekonomi. Finns: ekonomi, natur.']);
	});

	it('an unknown strategy or goal, or both an area and a goal', () => {
		expect(errors({ kind: 'indicator', title: 'Test', area: 'natur', strategies: ['finns-inte'] })).toEqual(['Strategi "finns-inte" finns inte. Finns: budget-i-balans, hushalla.']);
		expect(errors({ kind: 'indicator', title: 'Test', area: 'natur', goal: 'stark-ekonomi' })).toEqual(['Ange målområde (--area) eller mål (--goal), inte båda.']);
	});

	it('an entry that exists is not overwritten', () => {
		expect(errors({ kind: 'indicator', title: 'Besökare', area: 'natur' })).toEqual([
			'indicators/besokare.md finns redan och skrivs inte över. Välj en annan rubrik, eller ange ett annat id med --id.',
			'data/besokare.csv finns redan och skrivs inte över. Ange ett annat id med --id.',
		]);
		expect(errors({ kind: 'indicator', title: 'Besökare', area: 'natur', id: 'besokare-2' })).toEqual([]);
	});

	it('a level the site does not have', () => {
		const index = indexOf(dir);
		const { goal: _goal, ...levels } = index.site.levels;
		const site = { ...index.site, levels };
		expect(errors({ kind: 'goal', title: 'Test', area: 'natur' }, { ...index, site })).toEqual(['Webbplatsen har inga mål: levels.goal saknas i site.yaml. Lägg till nivåns namn där först.']);
	});

	it('a bad id or no title', () => {
		expect(errors({ kind: 'page', title: 'Om', id: 'Om Oss' })).toEqual(['Id:t "Om Oss" går inte att använda: bara små bokstäver a–z, siffror och bindestreck.']);
		expect(errors({ kind: 'page', title: '  ' })[0]).toMatch(/^Skriv en rubrik inom citattecken/);
		// A page is served at /<id>/: the site's own addresses are taken.
		expect(errors({ kind: 'page', title: 'Indikatorer' })).toEqual(['En sida kan inte heta "indikatorer": adressen /indikatorer/ har webbplatsen redan. Upptagna: omraden, mal, indikatorer, strategier, oppna-data, sok, utskrift, areas, goals, indicators, strategies, open-data, search, print, en, admin, pagefind. Ange ett annat id med --id.']);
		expect(errors({ kind: 'page', title: 'Admin' })[0]).toMatch(/^En sida kan inte heta "admin"/);
	});
});

describe('scripts/new.ts', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MALBILD_CONTENT: dir, MALBILD_LANG: '' } });

	it('writes the files, and refuses to overwrite them the second time', () => {
		const first = run('indicator', 'Andel elever med fullständiga betyg', '--area', 'natur');
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('indicators/andel-elever-med-fullstandiga-betyg.md');
		expect(existsSync(path.join(dir, 'data', 'andel-elever-med-fullstandiga-betyg.csv'))).toBe(true);
		const before = readFileSync(path.join(dir, 'indicators', 'andel-elever-med-fullstandiga-betyg.md'), 'utf8');

		const second = run('indicator', 'Andel elever med fullständiga betyg', '--area', 'natur');
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('✗ indicators/andel-elever-med-fullstandiga-betyg.md finns redan och skrivs inte över.');
		expect(readFileSync(path.join(dir, 'indicators', 'andel-elever-med-fullstandiga-betyg.md'), 'utf8')).toBe(before);
		expect(errorsOf(dir)).toEqual([]);
	});

	it('explains an unknown kind and an unknown area in Swedish', () => {
		const kind = run('widget', 'Test');
		expect(kind.status).toBe(2);
		expect(kind.stderr).toContain('Okänd typ "widget"');
		const area = run('strategy', 'Test', '--area', 'finns-inte');
		expect(area.status).toBe(1);
		expect(area.stderr).toContain('✗ Målområde "finns-inte" finns inte. Finns: ekonomi, natur.');
	});

	it('takes the options in Swedish too, and names an unknown one in the language asked for', () => {
		const swedish = run('indicator', 'Andel som röker', '--mal', 'stark-ekonomi', '--riktning', 'lower', '--strategi', 'hushalla');
		expect(swedish.stderr).toBe('');
		expect(parse(frontMatter(readFileSync(path.join(dir, 'indicators', 'andel-som-roker.md'), 'utf8')))).toMatchObject({ goal: 'stark-ekonomi', direction: 'lower', strategies: ['hushalla'] });

		const unknown = run('indicator', 'Test', '--mål', 'stark-ekonomi');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr.split('\n')[0]).toBe('Okänt val --mål. Menade du --mal?');
		const english = run('indicator', 'Test', '--gaol', 'stark-ekonomi', '--lang', 'en');
		expect(english.stderr.split('\n')[0]).toBe('Unknown option --gaol. Did you mean --goal?');
		const empty = run('indicator', 'Test', '--goal');
		expect(empty.stderr.split('\n')[0]).toBe('--goal behöver ett värde, t.ex. --goal id.');
	});
});
