/**
 * `npm run bench [-- --large] [-- --runs 3] [-- --sizes 200,2000]`: builds, alternating, (a) Målbild
 * on a synthetic tree and (b) a bare Astro project with as many Markdown pages, for N = 200 and
 * 2 000 (and 20 000 with --large). Prints wall time, CPU time and peak memory of each, the ratios
 * a/b, and each phase's share of Målbild's pipeline. Timings are measured here, never asserted in
 * tests.
 *
 * With `--dev` it measures the dev servers instead (scripts/bench-dev.ts), N = 2 000 unless
 * --sizes says otherwise.
 *
 * Each size starts cold: both projects' caches are removed and each is built once, shown on its
 * own row. Then come `--runs` warm builds of each, a and b in turn (a first in odd rounds, b first in
 * even ones, so a drift in the machine's load hits both alike); their medians make the main row.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { checkTargets, formatChecks, type SizeResult } from '../src/lib/bench/targets.ts';
import { buildKey } from '../src/lib/build-key.ts';
import { devRunBare, devRunMalbild, type DevRun } from './bench-dev.ts';
import { bareProject } from '../src/lib/synth/bare-project.ts';
import { generateTree } from '../src/lib/synth/generate.ts';
import { writeTree } from '../src/lib/synth/write.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dev = args.includes('--dev');
const sizes = option('--sizes')?.split(',').map(Number) ?? (dev ? [2000] : args.includes('--large') ? [200, 2000, 20000] : [200, 2000]);
const runs = Number(option('--runs')) || 3;
const root = path.resolve('.malbild/bench');
const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
	wall: number;
	cpu?: number;
	peakMb?: number;
	phases?: Record<string, number>;
}

function measure(command: string[], env: Record<string, string>, cwd: string): Run {
	const stats = path.join(root, 'time.txt');
	const full = gnuTime ? [gnuTime, '-o', stats, '-f', '%e %U %S %M', ...command] : command;
	const start = performance.now();
	const result = spawnSync(full[0]!, full.slice(1), {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 1024 ** 3,
	});
	const wall = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`${command.join(' ')} misslyckades`);
	}
	if (!gnuTime) return { wall };
	const [, user, sys, rss] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
	return { wall, cpu: user! + sys!, peakMb: rss! / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const load = () => loadavg()[0]!.toFixed(1);

const rows: string[] = [];
const phaseRows: string[] = [];
const devRows: string[] = [];
const results: SizeResult[] = [];
for (const n of sizes) {
	const tree = path.join(root, `malbild-${n}`);
	const bare = path.join(root, `bare-${n}`);
	const dist = path.join(root, `dist-${n}`);
	console.log(`N = ${n}: skriver syntetiskt innehåll …`);
	writeTree(tree, generateTree({ indicators: n }));
	writeTree(bare, bareProject(n));
	if (dev) {
		devRows.push(await benchDev(n, tree, bare));
		continue;
	}
	const timings = path.join(root, 'timings.json');
	const runA = () => {
		rmSync(timings, { force: true });
		const run = measure(['node', 'scripts/build.ts'], { MALBILD_CONTENT: tree, MALBILD_DIST: dist, MALBILD_TIMINGS: timings }, process.cwd());
		run.phases = JSON.parse(readFileSync(timings, 'utf8'));
		return run;
	};
	const runB = () => measure(['node', astroBin, 'build'], {}, bare);

	// Cold: no cache on either side (Målbild's: Astro's content cache, Node's compiled code, and
	// the earlier site a build writes over).
	for (const cache of [path.join('cache', buildKey(tree)), path.join('cache', 'node'), `reuse-${buildKey(tree)}`]) {
		rmSync(path.resolve('.malbild', cache), { recursive: true, force: true });
	}
	rmSync(path.join(bare, 'node_modules'), { recursive: true, force: true });
	const loadBefore = load();
	const coldA = runA();
	const coldB = runB();
	console.log(`  kall: Målbild ${fmt(coldA.wall)} s, Astro utan Målbild ${fmt(coldB.wall)} s (last ${loadBefore})`);

	const a: Run[] = [];
	const b: Run[] = [];
	for (let r = 0; r < runs; r++) {
		const l = load();
		if (r % 2 === 0) {
			a.push(runA());
			b.push(runB());
		} else {
			b.push(runB());
			a.push(runA());
		}
		console.log(`  körning ${r + 1}: Målbild ${fmt(a.at(-1)!.wall)} s, Astro utan Målbild ${fmt(b.at(-1)!.wall)} s (last ${l})`);
	}
	/** The medians of a's and b's runs: what the table shows and the targets are checked against. */
	const summary = (as: Run[], bs: Run[]): SizeResult & { cpuA: number; cpuB: number; peakB: number } => ({
		n,
		wall: median(as.map((r) => r.wall)),
		astroPhase: median(as.map((r) => r.phases!.astro! / 1000)),
		peakMb: gnuTime ? median(as.map((r) => r.peakMb!)) : undefined,
		floor: median(bs.map((r) => r.wall)),
		cpuA: median(as.map((r) => r.cpu ?? NaN)),
		cpuB: median(bs.map((r) => r.cpu ?? NaN)),
		peakB: median(bs.map((r) => r.peakMb ?? NaN)),
	});
	const row = (label: string, m: ReturnType<typeof summary>) =>
		`| ${label} | ${fmt(m.wall)} | ${fmt(m.cpuA)} | ${fmt(m.peakMb ?? NaN, 0)} | ${fmt(m.floor)} | ${fmt(m.cpuB)} | ${fmt(m.peakB, 0)} | ${fmt(m.astroPhase / m.floor, 2)} | ${fmt(m.wall / m.floor, 2)} | ${fmt(m.cpuA / m.cpuB, 2)} |`;
	const warm = summary(a, b);
	rows.push(row(`${n.toLocaleString('sv-SE')}`, warm), row(`${n.toLocaleString('sv-SE')}, kall`, summary([coldA], [coldB])));
	results.push(warm);
	// A name with a colon is a part of the phase before it (astro:pages, the pages themselves).
	const phases = Object.keys(a[0]!.phases!).filter((p) => !p.includes(':'));
	const ms = (p: string) => median(a.map((r) => r.phases![p] ?? NaN));
	const total = phases.reduce((sum, p) => sum + ms(p), 0);
	const parts = (p: string) =>
		Object.keys(a[0]!.phases!)
			.filter((part) => part.startsWith(`${p}:`))
			.map((part) => `, ${part.slice(p.length + 1)} ${fmt(ms(part) / 1000, 2)} s`)
			.join('');
	phaseRows.push(`| ${n.toLocaleString('sv-SE')} | ${phases.map((p) => `${p} ${fmt(ms(p) / 1000, 2)} s (${Math.round((ms(p) / total) * 100)} %${parts(p)})`).join(' · ')} |`);
	console.log(`  last efteråt ${load()}`);
}

if (dev) {
	console.log(`\nMedian av ${runs} körningar per storlek, a och b omväxlande, efter en första som värmer upp båda.\n`);
	console.log('| N | a: Målbild, första sidan, s | a: en fil ändrad sedan förra starten, s | b: bara Astro, första sidan, s | a/b | a: ändrad Markdown syns efter, s | a: ändrad CSV syns efter, s |');
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of devRows) console.log(row);
	process.exit(0);
}

/** The dev servers on one size: a warm-up of each, then `runs` of each in turn. */
async function benchDev(n: number, tree: string, bare: string): Promise<string> {
	await devRunMalbild(tree);
	await devRunBare(bare);
	const a: DevRun[] = [];
	const b: DevRun[] = [];
	for (let r = 0; r < runs; r++) {
		const l = load();
		const malbild = async () => {
			const run = await devRunMalbild(tree);
			a.push({ ...run, changedFirstPage: (await devRunMalbild(tree, { changed: true })).firstPage });
		};
		if (r % 2 === 0) {
			await malbild();
			b.push(await devRunBare(bare));
		} else {
			b.push(await devRunBare(bare));
			await malbild();
		}
		const last = a.at(-1)!;
		console.log(
			`  körning ${r + 1}: Målbild ${fmt(last.firstPage)} s, en fil ändrad ${fmt(last.changedFirstPage)} s (Markdown ${fmt(last.markdown)} s, CSV ${fmt(last.csv)} s), Astro utan Målbild ${fmt(b.at(-1)!.firstPage)} s (last ${l})`,
		);
	}
	const first = (runs: DevRun[]) => median(runs.map((r) => r.firstPage));
	return `| ${n.toLocaleString('sv-SE')} | ${fmt(first(a))} | ${fmt(median(a.map((r) => r.changedFirstPage!)))} | ${fmt(first(b))} | ${fmt(first(a) / first(b), 2)} | ${fmt(median(a.map((r) => r.markdown!)))} | ${fmt(median(a.map((r) => r.csv!)))} |`;
}

console.log(`\nMedian av ${runs} varma körningar per storlek, a och b omväxlande; "kall" är första bygget utan cache (${gnuTime ? 'CPU och minne från GNU time' : 'GNU time saknas: bara väggtid'}).\n`);
console.log('| N | a: Målbild, s | a: CPU, s | a: minne, MB | b: bara Astro, s | b: CPU, s | b: minne, MB | Astro-fasen a/b | hela a/b | CPU a/b |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('\n| N | Målbilds faser (median av de varma körningarna) |');
console.log('| ---: | --- |');
for (const row of phaseRows) console.log(row);

const checks = checkTargets(results);
if (checks.length) {
	console.log('\nMålen (issue 7, docs/performance.md):');
	for (const line of formatChecks(checks)) console.log(`  ${line}`);
}
