import { describe, expect, it } from 'vitest';
import { bodyReferences } from '../../../src/lib/content/body-references.ts';

describe('bodyReferences', () => {
	it.each([
		['an inline link', 'Se [målen](/mal/x/).', false, [{ kind: 'link', url: '/mal/x/', line: 10 }]],
		['an image, on its line', 'Text.\n\n![Karta](bilder/karta.png)', false, [{ kind: 'image', url: 'bilder/karta.png', line: 12 }]],
		['a reference-style link: its definition', 'Se [målen][m].\n\n[m]: /mal/x/', false, [{ kind: 'link', url: '/mal/x/', line: 12 }]],
		['a reference-style image: its definition is an image', '![Karta][k]\n\n[k]: karta.png', false, [{ kind: 'image', url: 'karta.png', line: 12 }]],
		['brackets that are no link', 'Kontakta oss på [fyll i e-postadress] (snart).', false, []],
		['a link in an .mdx body', '## Rubrik\n\nSe [målen](/mal/x/).', true, [{ kind: 'link', url: '/mal/x/', line: 12 }]],
		['an .mdx body that cannot be read (reported elsewhere)', 'Se <b [målen](/mal/x/).', true, []],
		['no text that could be a link', 'Bara text, [och hakparenteser].', false, []],
	] as const)('%s', (_name, body, mdx, expected) => {
		expect(bodyReferences(body, 10, mdx)).toEqual(expected);
	});
});
