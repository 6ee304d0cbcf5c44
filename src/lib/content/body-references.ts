import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A link or an image in a body, as the editor wrote it, with its line in the file. */
export interface BodyReference {
	kind: 'link' | 'image';
	url: string;
	line: number;
}

interface Node {
	type: string;
	url?: string;
	identifier?: string;
	children?: Node[];
	position?: { start: { line: number } };
}

const markdown = unified().use(remarkParse);
const mdx = unified().use(remarkParse).use(remarkMdx);

/**
 * The links and images of a Markdown body, found with the parser Astro's Markdown uses, so a
 * bracket in ordinary text is not taken for a link. Inline (`[text](url)`) and reference-style
 * (`[text]: url`) both count. `firstLine` is the line of the file the body starts on. A body with
 * no "](" and no "]:" has none and is not parsed.
 */
export function bodyReferences(body: string, firstLine: number, isMdx = false): BodyReference[] {
	if (!body.includes('](') && !body.includes(']:')) return [];
	let tree: Node;
	try {
		tree = (isMdx ? mdx : markdown).parse(body) as Node;
	} catch {
		// An .mdx body that cannot be read is reported by mdxProblems.
		return [];
	}
	const found: (BodyReference & { identifier?: string })[] = [];
	const pictures = new Set<string>();
	const walk = (node: Node) => {
		if (node.type === 'imageReference' && node.identifier) pictures.add(node.identifier);
		if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) {
			found.push({ kind: node.type === 'image' ? 'image' : 'link', url: node.url, line: firstLine + (node.position?.start.line ?? 1) - 1, identifier: node.identifier });
		}
		node.children?.forEach(walk);
	};
	walk(tree);
	// A definition an image refers to (`![Karta][karta]` … `[karta]: bilder/karta.png`) is an image.
	return found.map(({ identifier, ...r }) => (identifier && pictures.has(identifier) ? { ...r, kind: 'image' } : r));
}
