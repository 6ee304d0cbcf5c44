/**
 * The XML writer under dcat.rdf: every text and attribute escaped so that an RDF/XML parser reads
 * back exactly what was written, characters XML cannot hold removed, the same input the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, xmlDocument } from '../../../src/lib/open-data/xml.ts';
import { Graph, parseRdfXml } from '../../support/rdf.ts';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC = 'http://purl.org/dc/terms/';

/** A one-statement RDF/XML document: <subject> dcterms:title "text" (and an attribute value as IRI). */
const doc = (text: string, about = 'https://example.org/a') =>
	xmlDocument({
		name: 'rdf:RDF',
		attributes: [
			['xmlns:rdf', RDF],
			['xmlns:dcterms', DC],
		],
		children: [{ name: 'rdf:Description', attributes: [['rdf:about', about]], children: [{ name: 'dcterms:title', attributes: [['xml:lang', 'sv']], text }] }],
	});

describe('escaping', () => {
	it('escapes markup in text and quotes in attributes', () => {
		expect(escapeText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
		expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
	});

	it('keeps line breaks and tabs in attributes as references, so attribute normalisation cannot flatten them', () => {
		expect(escapeAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
		expect(escapeText('a\r\nb')).toBe('a&#13;\nb');
	});

	it('removes characters XML 1.0 cannot hold, and keeps everything else, emoji included', () => {
		expect(escapeText('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
		expect(escapeText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
		expect(escapeText('Målbild 🎯 ÅÄÖ')).toBe('Målbild 🎯 ÅÄÖ');
	});

	it('refuses names that are not XML names', () => {
		expect(() => xmlDocument({ name: 'a b' })).toThrow(/not an XML name/);
		expect(() => xmlDocument({ name: 'a', attributes: [['x"y', 'z']] })).toThrow(/not an XML name/);
	});
});

describe('an RDF/XML parser reads back what was written', () => {
	it.each([
		['markup characters', 'Mål & mått <2025> "citat" \'apostrof\''],
		['line breaks and tabs', 'rad 1\nrad 2\tflik\r\nrad 3'],
		['non-ASCII', 'Malung-Sälen ÅÄÖ åäö – “typografiska” citat 🎯'],
		['what looks like markup', '<![CDATA[x]]> <!-- y --> &amp;'],
	])('%s', async (_name, text) => {
		const graph = new Graph(await parseRdfXml(doc(text)));
		const [title] = graph.objects('https://example.org/a', `${DC}title`);
		expect(title?.value).toBe(text);
		expect(title?.language).toBe('sv');
	});

	it('an IRI with & and an apostrophe in an attribute', async () => {
		const iri = "https://example.org/a?b=1&c=d'e";
		const graph = new Graph(await parseRdfXml(doc('x', iri)));
		expect(graph.quads[0]?.subject.value).toBe(iri);
	});

	it('and the same input gives the same bytes', () => {
		expect(doc('x & y')).toBe(doc('x & y'));
		expect(doc('x')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rdf:RDF /);
		expect(doc('x').endsWith('</rdf:RDF>\n')).toBe(true);
	});
});
