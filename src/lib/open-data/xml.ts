/**
 * A small XML writer for dcat.rdf: elements with attributes and text, every text and attribute
 * value escaped, characters XML 1.0 forbids removed. Output is indented with tabs, one element per
 * line, in the order given, so the same input always gives the same bytes.
 */

/** An element: a qualified name, attributes in order, then either text or children. */
export interface XmlElement {
	name: string;
	attributes?: readonly (readonly [name: string, value: string])[];
	text?: string;
	children?: readonly XmlElement[];
}

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&`, `<` and `>` escaped; CR kept as a character reference so a parser does not turn it into LF. */
export function escapeText(text: string): string {
	return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab, LF and CR as references, which attribute normalisation would otherwise turn into spaces. */
export function escapeAttribute(value: string): string {
	return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function write(element: XmlElement, depth: number, out: string[]): void {
	if (!NAME.test(element.name)) throw new Error(`not an XML name: ${element.name}`);
	const indent = '\t'.repeat(depth);
	const attributes = (element.attributes ?? [])
		.map(([name, value]) => {
			if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
			return ` ${name}="${escapeAttribute(value)}"`;
		})
		.join('');
	if (element.children?.length) {
		if (element.text !== undefined) throw new Error(`${element.name} has both text and children`);
		out.push(`${indent}<${element.name}${attributes}>`);
		for (const child of element.children) write(child, depth + 1, out);
		out.push(`${indent}</${element.name}>`);
	} else if (element.text !== undefined && element.text !== '') {
		out.push(`${indent}<${element.name}${attributes}>${escapeText(element.text)}</${element.name}>`);
	} else {
		out.push(`${indent}<${element.name}${attributes}/>`);
	}
}

/** A whole document: the XML declaration (UTF-8), the root element, a final newline. */
export function xmlDocument(root: XmlElement): string {
	const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
	write(root, 0, out);
	return `${out.join('\n')}\n`;
}
