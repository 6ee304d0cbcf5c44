import { describe, expect, test } from 'vitest';
import { embedSnippet, escapeAttribute } from '../../../src/lib/embed/snippet.ts';

describe('embedSnippet: the iframe code an indicator page offers', () => {
	test.for([
		{
			name: 'with the site’s address: an absolute src',
			input: { sitePath: 'indikatorer/besokare/inbaddning/', base: '/', origin: 'https://mal.kommun.se', title: 'Besökare – Kommunen' },
			html: '<iframe src="https://mal.kommun.se/indikatorer/besokare/inbaddning/" title="Besökare – Kommunen" width="100%" height="480" loading="lazy"></iframe>',
			absolute: true,
		},
		{
			name: 'under a base path, the address given with a path of its own',
			input: { sitePath: 'indikatorer/besokare/inbaddning/', base: '/malbild/', origin: new URL('https://www.kommun.se/ignored/'), title: 'Besökare' },
			html: '<iframe src="https://www.kommun.se/malbild/indikatorer/besokare/inbaddning/" title="Besökare" width="100%" height="480" loading="lazy"></iframe>',
			absolute: true,
		},
		{
			name: 'without an address: the path under the base, to be completed',
			input: { sitePath: 'indikatorer/besokare/inbaddning/', base: '/malbild/', title: 'Besökare' },
			html: '<iframe src="/malbild/indikatorer/besokare/inbaddning/" title="Besökare" width="100%" height="480" loading="lazy"></iframe>',
			absolute: false,
		},
		{
			name: 'the English page',
			input: { sitePath: 'en/indicators/besokare/embed/', base: '/', origin: 'https://mal.kommun.se', title: 'Visitors' },
			html: '<iframe src="https://mal.kommun.se/en/indicators/besokare/embed/" title="Visitors" width="100%" height="480" loading="lazy"></iframe>',
			absolute: true,
		},
		{
			name: 'a title with quotes, angle brackets and an ampersand is escaped',
			input: { sitePath: 'indikatorer/x/inbaddning/', base: '/', title: 'Andel "nöjda" <18 år & äldre' },
			html: '<iframe src="/indikatorer/x/inbaddning/" title="Andel &quot;nöjda&quot; &lt;18 år &amp; äldre" width="100%" height="480" loading="lazy"></iframe>',
			absolute: false,
		},
		{
			name: 'another height',
			input: { sitePath: 'indikatorer/x/inbaddning/', base: '/', title: 'X', height: 640 },
			html: '<iframe src="/indikatorer/x/inbaddning/" title="X" width="100%" height="640" loading="lazy"></iframe>',
			absolute: false,
		},
	])('$name', ({ input, html, absolute }) => {
		const snippet = embedSnippet(input);
		expect(snippet.html).toBe(html);
		expect(snippet.absolute).toBe(absolute);
	});

	test('a title cannot end the attribute or open an element', () => {
		const { html } = embedSnippet({ sitePath: 'x/', base: '/', title: '"><script>alert(1)</script>' });
		expect(html).not.toContain('<script');
		expect(html.match(/"/g)?.length).toBe(10);
	});
});

describe('escapeAttribute', () => {
	test.for([
		['plain', 'plain'],
		['a & b', 'a &amp; b'],
		['"q"', '&quot;q&quot;'],
		['<b>', '&lt;b&gt;'],
		['&amp;', '&amp;amp;'],
		['Målbild – 50 000 m²', 'Målbild – 50 000 m²'],
	])('%s → %s', ([input, output]) => {
		expect(escapeAttribute(input!)).toBe(output);
	});
});
