import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A YAML document with a way back from a field's path to its line in the file. */
export interface ParsedYaml {
	data: unknown;
	/** The line (1-based, in the whole file) of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number;
	/** YAML syntax errors, with their lines. */
	errors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its front matter (parsed, with lines) and its body. */
export function parseFrontMatter(source: string): { yaml: ParsedYaml; body: string } | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const match = FENCE.exec(text);
	if (!match) return undefined;
	// The front matter's first line is line 2 of the file, after the opening fence.
	return { yaml: parseYaml(match[1] ?? '', 1), body: text.slice(match[0].length) };
}

/** Parses YAML text whose first line is line `offset + 1` of its file. */
export function parseYaml(text: string, offset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toLine = (pos: number) => lineCounter.linePos(pos).line + offset;
	return {
		data: doc.errors.length ? undefined : doc.toJS(),
		errors: doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
		lineOf(path) {
			for (let n = path.length; n >= 0; n--) {
				const node = doc.getIn(path.slice(0, n) as unknown[], true);
				if (isNode(node) && node.range) return toLine(node.range[0]);
				// A key whose value is empty has no node of its own; fall back to the parent.
			}
			return offset + 1;
		},
	};
}
