import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkBaseLinks, withBase } from '../../../src/lib/markdown/base-links.ts';

describe('withBase', () => {
	it.each([
		['/omraden/dialog/', '/malbild/', '/malbild/omraden/dialog/'],
		['/omraden/dialog/', '/malbild', '/malbild/omraden/dialog/'],
		['/omraden/dialog/', '/', '/omraden/dialog/'],
		['/malbild/omraden/dialog/', '/malbild/', '/malbild/omraden/dialog/'],
		['/malbild-gammal/', '/malbild/', '/malbild/malbild-gammal/'],
		['/', '/malbild/', '/malbild/'],
		['/indikatorer/#lista', '/malbild/', '/malbild/indikatorer/#lista'],
		['https://example.com/', '/malbild/', 'https://example.com/'],
		['//cdn.example.com/x', '/malbild/', '//cdn.example.com/x'],
		['#avsnitt', '/malbild/', '#avsnitt'],
		['kontakt/', '/malbild/', 'kontakt/'],
		['mailto:info@kommun.se', '/malbild/', 'mailto:info@kommun.se'],
	])('%s under %s is %s', (url, base, expected) => {
		expect(withBase(url, base)).toBe(expected);
	});
});

describe('remarkBaseLinks', () => {
	type Node = { type: string; url?: string; children?: Node[] };
	const urls = (markdown: string, base: string) => {
		const processor = unified().use(remarkParse).use(remarkBaseLinks, { base });
		const tree = processor.runSync(processor.parse(markdown)) as Node;
		const found: string[] = [];
		const walk = (n: Node) => (n.url && found.push(`${n.type} ${n.url}`), n.children?.forEach(walk));
		walk(tree);
		return found;
	};

	it('gives inline links and reference definitions within the site the base; images and other sites stay', () => {
		expect(urls('Se [målen](/mal/x/) och [dialog][d], ![Karta](bilder/karta.png) och [Kolada](https://kolada.se/).\n\n[d]: /omraden/dialog/\n', '/malbild/')).toEqual([
			'link /malbild/mal/x/',
			'image bilder/karta.png',
			'link https://kolada.se/',
			'definition /malbild/omraden/dialog/',
		]);
	});
});
