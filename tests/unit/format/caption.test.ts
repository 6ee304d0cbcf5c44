import { describe, expect, it } from 'vitest';
import { captionOf } from '../../../src/lib/format/caption.ts';

describe('captionOf', () => {
	it.each<[string, string, string | undefined, string]>([
		['a title and a unit', 'Gästnätter', 'gästnätter', 'Gästnätter, gästnätter'],
		['a title written as a sentence', 'Årlig ökning av internationella besökare.', 'gästnätter', 'Årlig ökning av internationella besökare, gästnätter'],
		['a sentence without a unit keeps nothing after it', 'Årets resultat.', undefined, 'Årets resultat'],
		['per cent is said by the values', 'Andel behöriga', '%', 'Andel behöriga'],
		['an ellipsis is part of the title', 'Forum för dialog…', 'st', 'Forum för dialog…, st'],
		['three dots too', 'Forum för dialog...', 'st', 'Forum för dialog..., st'],
		['an abbreviation inside stays', 'Nöjd kund-index, t.ex. NKI', 'index', 'Nöjd kund-index, t.ex. NKI, index'],
	])('%s', (_, title, unit, expected) => {
		expect(captionOf(title, unit)).toBe(expected);
	});
});
