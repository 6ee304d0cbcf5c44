import { formatNumber } from '../format/number.ts';

/** The medians of one size's warm runs, as `npm run bench` measures them. */
export interface SizeResult {
	/** Number of indicators in the synthetic tree. */
	n: number;
	/** Målbild's whole pipeline, wall time in seconds. */
	wall: number;
	/** Målbild's Astro phase, in seconds. */
	astroPhase: number;
	/** Målbild's peak memory (maximum resident set), in MB; undefined without GNU time. */
	peakMb?: number;
	/** The bare Astro build (the floor), wall time in seconds. */
	floor: number;
}

/** One of issue 7's targets, checked against the measured figures. */
export interface TargetCheck {
	/** The target in words, e.g. "Astro-fasen ≤ 1,25 × golvet vid N = 2 000". */
	target: string;
	/** What was measured, in the same unit as the target. */
	measured: string;
	/** Whether the target is met. */
	met: boolean;
}

/** The size the ratio and memory targets are set for. */
const AT = 2000;
/** The larger size whose time must grow no worse than linearly from AT. */
const LARGE = 20000;

const fmt = (n: number, digits = 2) => formatNumber(n, digits);

/**
 * Issue 7's targets (docs/performance.md, "Against the targets"), checked against one benchmark
 * run. A target whose sizes were not measured (no N = 2 000, or no N = 20 000 without --large) is
 * left out rather than reported as met.
 */
export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
	const at = results.find((r) => r.n === AT);
	if (!at) return [];
	const checks: TargetCheck[] = [];
	const ratio = (target: string, value: number, limit: number) => checks.push({ target, measured: `${fmt(value)} ×`, met: value <= limit });
	ratio('Astro-fasen ≤ 1,25 × golvet vid N = 2 000', at.astroPhase / at.floor, 1.25);
	ratio('hela bygget ≤ 1,5 × golvet vid N = 2 000', at.wall / at.floor, 1.5);
	if (at.peakMb !== undefined) {
		checks.push({ target: 'minne ≤ 1,5 GB vid N = 2 000', measured: `${fmt(at.peakMb / 1024)} GB`, met: at.peakMb <= 1.5 * 1024 });
	}
	const large = results.find((r) => r.n === LARGE);
	if (large) {
		const growth = large.wall / at.wall;
		checks.push({ target: 'N = 20 000 högst 10 × tiden för N = 2 000 (linjärt)', measured: `${fmt(growth, 1)} ×`, met: growth <= LARGE / AT });
	}
	return checks;
}

/** The checks as lines for the benchmark's output. */
export function formatChecks(checks: readonly TargetCheck[]): string[] {
	return checks.map((c) => `${c.met ? '✓ nått' : '✗ inte nått'}: ${c.target}; uppmätt ${c.measured}`);
}
