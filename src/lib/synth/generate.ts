/**
 * A synthetic content tree of any size, the same for the same seed: for benchmarks and scale tests.
 * Every indicator has a CSV of 20 years × 3 series, and the targets cycle through every kind.
 */

/** mulberry32: a small seeded generator, so the same seed gives the same tree on any machine. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const YEARS = Array.from({ length: 20 }, (_, i) => 2005 + i);
export const SERIES = ['Alfa', 'Beta', 'Gamma'] as const;

/** Targets of every kind, with the direction each implies, assigned in turn to the series. */
const TARGETS = [
	{ direction: 'higher', target: (v: number) => `{ kind: at-least, value: ${Math.round(v * 1.1)} }` },
	{ direction: 'lower', target: (v: number) => `{ kind: at-most, value: ${Math.round(v * 0.9)} }` },
	{ direction: 'lower', target: () => `{ kind: rank-at-most, value: 100 }` },
	{ direction: 'lower', target: () => `{ kind: top-share, share: 25, groupSize: 290 }` },
	{ direction: 'higher', target: () => `{ kind: increase }` },
	{ direction: 'lower', target: () => `{ kind: decrease, from: 2015 }` },
	{ direction: 'higher', target: () => `{ kind: positive }` },
	{ direction: 'higher', target: (v: number) => `{ kind: at-least, value: ${Math.round(v)}, yearly: { "2023": ${Math.round(v * 0.95)}, "2024": ${Math.round(v)} } }` },
] as const;

export interface SynthOptions {
	/** How many indicators. */
	indicators: number;
	seed?: number;
}

/** The tree as file path (relative to the tree) → content. */
export function generateTree({ indicators, seed = 1 }: SynthOptions): Map<string, string> {
	const rand = random(seed);
	const files = new Map<string, string>();
	const areaCount = Math.max(3, Math.min(12, Math.ceil(indicators / 200)));
	const goalsPerArea = Math.max(1, Math.ceil(indicators / areaCount / 20));
	files.set(
		'site.yaml',
		[
			'organisation: Syntetiska kommunen',
			'title: Syntetisk målbild',
			'vision: En påhittad vision för att mäta hur snabbt Målbild bygger.',
			'levels:',
			'  area: { singular: Målområde, plural: Målområden }',
			'  goal: { singular: Mål, plural: Mål }',
			'  strategy: { singular: Strategi, plural: Strategier }',
			'  indicator: { singular: Indikator, plural: Indikatorer }',
			'',
		].join('\n'),
	);
	const goals: string[] = [];
	for (let a = 1; a <= areaCount; a++) {
		files.set(`areas/omrade-${a}.md`, `---\ntitle: Målområde ${a}\norder: ${a}\ncode: "${a}"\nsummary: Ett påhittat målområde.\n---\n\nText om målområde ${a}.\n`);
		for (let g = 1; g <= goalsPerArea; g++) {
			const id = `mal-${a}-${g}`;
			goals.push(id);
			files.set(`goals/${id}.md`, `---\ntitle: Mål ${a}:${g}\narea: omrade-${a}\norder: ${g}\ncode: "${a}:${g}"\n---\n\nText om mål ${a}:${g}.\n`);
			files.set(`strategies/strategi-${a}-${g}.md`, `---\ntitle: Strategi för mål ${a}:${g}.\ngoal: ${id}\norder: 1\n---\n`);
		}
	}
	for (let i = 1; i <= indicators; i++) {
		const goal = goals[(i - 1) % goals.length]!;
		const id = `indikator-${i}`;
		const series = SERIES.map((name, s) => {
			const base = 50 + rand() * 1000;
			const values = YEARS.map((_, y) => (base * (1 + 0.02 * y) + (rand() - 0.5) * base * 0.1).toFixed(1));
			const kind = TARGETS[(i + s) % TARGETS.length]!;
			return { name, values, direction: kind.direction, target: kind.target(base * 1.3) };
		});
		const csv = ['År;Serie;Värde', ...series.flatMap((s) => YEARS.map((year, y) => `${year};${s.name};${s.values[y]!.replace('.', ',')}`))];
		files.set(`data/${id}.csv`, `${csv.join('\n')}\n`);
		files.set(
			`indicators/${id}.md`,
			[
				'---',
				`title: Indikator ${i}`,
				`goal: ${goal}`,
				`strategies: [${goal.replace('mal-', 'strategi-')}]`,
				`order: ${i}`,
				`data: ${id}.csv`,
				'sample: true',
				'series:',
				...series.flatMap((s) => [`  - name: ${s.name}`, `    direction: ${s.direction}`, `    target: ${s.target}`]),
				'---',
				'',
				`Påhittad indikator ${i}.`,
				'',
			].join('\n'),
		);
	}
	return files;
}

/** A bare Astro project's pages for the same N: Markdown with a 20-row table, no data join. */
export function generateBarePages({ indicators, seed = 1 }: SynthOptions): Map<string, string> {
	const rand = random(seed);
	const files = new Map<string, string>();
	for (let i = 1; i <= indicators; i++) {
		const rows = YEARS.map((year) => `| ${year} | ${(rand() * 1000).toFixed(1)} |`);
		files.set(`indikator-${i}.md`, `---\ntitle: Indikator ${i}\n---\n\nPåhittad indikator ${i}.\n\n| År | Värde |\n| --- | --- |\n${rows.join('\n')}\n`);
	}
	return files;
}
