import { describe, expect, it } from 'vitest';
import { checkTargets, formatChecks, type SizeResult } from '../../../src/lib/bench/targets.ts';

const at2000 = (over: Partial<SizeResult> = {}): SizeResult => ({ n: 2000, wall: 7, astroPhase: 6, peakMb: 1000, floor: 5, ...over });

describe('checkTargets', () => {
	it.each([
		{ name: 'all met', result: at2000({ wall: 7.5, astroPhase: 6.25 }), met: [true, true, true] },
		{ name: 'Astro phase over 1.25', result: at2000({ astroPhase: 6.3 }), met: [false, true, true] },
		{ name: 'whole pipeline over 1.5', result: at2000({ wall: 7.6 }), met: [true, false, true] },
		{ name: 'memory over 1.5 GB', result: at2000({ peakMb: 1537 }), met: [true, true, false] },
		{ name: 'memory exactly 1.5 GB', result: at2000({ peakMb: 1536 }), met: [true, true, true] },
	])('$name', ({ result, met }) => {
		expect(checkTargets([result]).map((c) => c.met)).toEqual(met);
	});

	it('reports the measured ratios and memory', () => {
		const checks = checkTargets([at2000({ wall: 11, astroPhase: 7.7, floor: 5, peakMb: 1009 })]);
		expect(checks.map((c) => c.measured)).toEqual(['1,54 ×', '2,20 ×', '0,99 GB']);
	});

	it('leaves out memory when GNU time was missing', () => {
		expect(checkTargets([at2000({ peakMb: undefined })]).map((c) => c.target)).not.toContain('minne ≤ 1,5 GB vid N = 2 000');
	});

	it('checks nothing without N = 2 000', () => {
		expect(checkTargets([{ n: 200, wall: 1, astroPhase: 1, floor: 1 }])).toEqual([]);
	});

	it.each([
		{ wall20000: 95, met: true, measured: '9,5 ×' },
		{ wall20000: 100, met: true, measured: '10,0 ×' },
		{ wall20000: 101, met: false, measured: '10,1 ×' },
	])('N = 20 000 in $wall20000 s against 10 s at N = 2 000: linear or better is $met', ({ wall20000, met, measured }) => {
		const checks = checkTargets([at2000({ wall: 10 }), { n: 20000, wall: wall20000, astroPhase: 1, floor: 1 }]);
		expect(checks.at(-1)).toMatchObject({ met, measured });
	});

	it('checks the growth only when N = 20 000 was built', () => {
		expect(checkTargets([at2000()])).toHaveLength(3);
	});
});

describe('formatChecks', () => {
	it('says plainly which targets are met', () => {
		const lines = formatChecks(checkTargets([at2000({ astroPhase: 7.7, wall: 11 })]));
		expect(lines).toEqual([
			'✗ inte nått: Astro-fasen ≤ 1,25 × golvet vid N = 2 000; uppmätt 1,54 ×',
			'✗ inte nått: hela bygget ≤ 1,5 × golvet vid N = 2 000; uppmätt 2,20 ×',
			'✓ nått: minne ≤ 1,5 GB vid N = 2 000; uppmätt 0,98 GB',
		]);
	});
});
