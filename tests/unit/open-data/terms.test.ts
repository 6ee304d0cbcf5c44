/**
 * The terms the downloads state: the licence in words and as catalogues want its URI, and the
 * attribution of each value (Kolada's wording for Kolada's values and for what is computed from them).
 */
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../../src/lib/kolada/import.ts';
import { attributionOf, isComputed, isKolada, KOLADA_ATTRIBUTION, rowAttribution } from '../../../src/lib/open-data/attribution.ts';
import { CATALOGUE_LICENSE_URI, DEFAULT_LICENSE, licenceOf } from '../../../src/lib/open-data/licence.ts';
import { RANK_NOTE } from './trees.ts';

describe('licenceOf', () => {
	it('is CC0 1.0 by default, linked with https and given to catalogues with http, as DCAT-AP-SE lists it', () => {
		expect(licenceOf(undefined)).toMatchObject({
			url: 'https://creativecommons.org/publicdomain/zero/1.0/',
			uri: 'http://creativecommons.org/publicdomain/zero/1.0/',
			name: 'CC0 1.0 Universell',
			known: true,
			attribution: false,
		});
		expect(licenceOf(DEFAULT_LICENSE).uri).toBe(CATALOGUE_LICENSE_URI);
	});

	it.each(['https://creativecommons.org/licenses/by/4.0/', 'http://creativecommons.org/licenses/by/4.0', 'https://creativecommons.org/licenses/by/4.0/deed.sv'])('knows CC BY 4.0 written as %s', (url) => {
		expect(licenceOf(url)).toMatchObject({ url: 'https://creativecommons.org/licenses/by/4.0/', uri: 'http://creativecommons.org/licenses/by/4.0/', known: true, attribution: true });
		expect(licenceOf(url).terms).toMatch(/om du anger källan/);
	});

	it('passes another licence through as written, and asks for attribution to be safe', () => {
		const other = licenceOf('https://data.kommun.se/licens');
		expect(other).toMatchObject({ url: 'https://data.kommun.se/licens', uri: 'https://data.kommun.se/licens', known: false, attribution: true });
		expect(other.terms).toContain('https://data.kommun.se/licens');
		// Another Creative Commons licence: the http URI, its address as the name.
		expect(licenceOf('https://creativecommons.org/licenses/by-sa/4.0/')).toMatchObject({ uri: 'http://creativecommons.org/licenses/by-sa/4.0/', known: false });
	});
});

describe('attribution', () => {
	it('uses the same words as the Kolada import', () => {
		expect(KOLADA_ATTRIBUTION).toEqual(ATTRIBUTION);
	});

	it('is Kolada’s for a Kolada id or a source called Kolada', () => {
		expect(isKolada({ source: { name: 'Kolada' } })).toBe(true);
		expect(isKolada({ source: { name: 'Kommunens egen mätning', kolada: 'N15508' } })).toBe(true);
		expect(isKolada({ source: { name: 'SCB' } })).toBe(false);
		expect(isKolada({})).toBe(false);
		expect(attributionOf({ source: { name: 'Kolada (RKA)' } })).toEqual({ values: 'Källa: Kolada', computed: 'Egen bearbetning av data från Kolada' });
	});

	it('names another source, and nothing when there is none', () => {
		expect(attributionOf({ source: { name: 'SCB' } })).toEqual({ values: 'Källa: SCB', computed: 'Egen bearbetning av data från SCB' });
		expect(attributionOf({})).toEqual({ values: '', computed: '' });
	});

	it('calls a row computed when its note says "egen bearbetning", as the Kolada import notes its ranks', () => {
		const kolada = { source: { name: 'Kolada', kolada: 'N15508' } };
		expect(isComputed({ notes: { COMMENT_OBS: RANK_NOTE } })).toBe(true);
		expect(isComputed({ notes: { COMMENT_OBS: 'Preliminär uppgift' } })).toBe(false);
		expect(isComputed({ notes: {} })).toBe(false);
		expect(rowAttribution(kolada, { notes: { COMMENT_OBS: RANK_NOTE } })).toBe('Egen bearbetning av data från Kolada');
		expect(rowAttribution(kolada, { notes: {} })).toBe('Källa: Kolada');
	});
});
