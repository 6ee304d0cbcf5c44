/**
 * `npm run bench [-- --large] [-- --runs 3]`: builds, alternating, (a) Målbild on a synthetic tree
 * and (b) a bare Astro project with as many Markdown pages, for N = 200 and 2 000 (and 20 000
 * with --large). Prints wall time, CPU time and peak memory of each, the ratios a/b, and each
 * phase's share of Målbild's pipeline. Timings are measured here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bareProject } from '../src/lib/synth/bare-project.ts';
import { generateTree } from '../src/lib/synth/generate.ts';
import { writeTree } from '../src/lib/synth/write.ts';

const args = process.argv.slice(2);
const sizes = args.includes('--large') ? [200, 2000, 20000] : [200, 2000];
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
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
	const result = spawnSync(full[0]!, full.slice(1), { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
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
const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));

const rows: string[] = [];
const phaseRows: string[] = [];
for (const n of sizes) {
	const tree = path.join(root, `malbild-${n}`);
	const bare = path.join(root, `bare-${n}`);
	console.log(`N = ${n}: skriver syntetiskt innehåll …`);
	writeTree(tree, generateTree({ indicators: n }));
	writeTree(bare, bareProject(n));
	const a: Run[] = [];
	const b: Run[] = [];
	for (let r = 0; r < runs; r++) {
		const timings = path.join(root, 'timings.json');
		rmSync(timings, { force: true });
		const run = measure(['node', 'scripts/build.ts'], { MALBILD_CONTENT: tree, MALBILD_DIST: path.join(root, `dist-${n}`), MALBILD_TIMINGS: timings }, process.cwd());
		run.phases = JSON.parse(readFileSync(timings, 'utf8'));
		a.push(run);
		b.push(measure(['node', astroBin, 'build'], {}, bare));
		console.log(`  körning ${r + 1}: Målbild ${fmt(run.wall)} s, Astro utan Målbild ${fmt(b.at(-1)!.wall)} s`);
	}
	const astroPhase = median(a.map((r) => r.phases!.astro! / 1000));
	const wallA = median(a.map((r) => r.wall));
	const wallB = median(b.map((r) => r.wall));
	rows.push(
		`| ${n.toLocaleString('sv-SE')} | ${fmt(wallA)} | ${fmt(median(a.map((r) => r.cpu ?? NaN)))} | ${fmt(median(a.map((r) => r.peakMb ?? NaN)), 0)} | ${fmt(wallB)} | ${fmt(median(b.map((r) => r.cpu ?? NaN)))} | ${fmt(median(b.map((r) => r.peakMb ?? NaN)), 0)} | ${fmt(astroPhase / wallB, 2)} | ${fmt(wallA / wallB, 2)} |`,
	);
	const phases = Object.keys(a[0]!.phases!);
	const total = phases.reduce((sum, p) => sum + median(a.map((r) => r.phases![p]!)), 0);
	phaseRows.push(`| ${n.toLocaleString('sv-SE')} | ${phases.map((p) => `${p} ${fmt(median(a.map((r) => r.phases![p]!)) / 1000)} s (${Math.round((median(a.map((r) => r.phases![p]!)) / total) * 100)} %)`).join(' · ')} |`);
}

console.log(`\nMedian av ${runs} körningar per storlek, omväxlande a och b (${gnuTime ? 'CPU och minne från GNU time' : 'GNU time saknas: bara väggtid'}).\n`);
console.log('| N | a: Målbild, s | a: CPU, s | a: minne, MB | b: bara Astro, s | b: CPU, s | b: minne, MB | Astro-fasen a/b | hela a/b |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('\n| N | Målbilds faser |');
console.log('| ---: | --- |');
for (const row of phaseRows) console.log(row);
