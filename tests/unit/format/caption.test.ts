import { describe, expect, it } from 'vitest';
import { captionOf } from '../../../src/lib/format/caption.ts';

describe('captionOf', () => {
	it.each<[string, string, string | undefined, string]>([
		['a title and a unit', 'Hotell', 'gästnätter', 'Hotell, gästnätter'],
		['a title that names its unit says it once', 'Gästnätter', 'gästnätter', 'Gästnätter'],
		['a unit inside a longer title', 'Planberedskap för bostäder', 'bostäder', 'Planberedskap för bostäder'],
		['a unit that is only part of a word is still said', 'Bostadsbyggande', 'bostäder', 'Bostadsbyggande, bostäder'],
		['a unit with a sign', 'Planlagd mark i m²', 'm²', 'Planlagd mark i m²'],
		['a title written as a sentence', 'Årlig ökning av internationella besökare.', 'gästnätter', 'Årlig ökning av internationella besökare, gästnätter'],
		['a sentence without a unit keeps nothing after it', 'Årets resultat.', undefined, 'Årets resultat'],
		['per cent is said by the values', 'Andel behöriga', '%', 'Andel behöriga'],
		['an ellipsis is part of the title', 'Forum för dialog…', 'st', 'Forum för dialog…, st'],
		['three dots too', 'Forum för dialog...', 'st', 'Forum för dialog..., st'],
		['an abbreviation inside stays', 'Nöjd kund, t.ex. NKI', 'index', 'Nöjd kund, t.ex. NKI, index'],
	])('%s', (_, title, unit, expected) => {
		expect(captionOf(title, unit)).toBe(expected);
	});
});
