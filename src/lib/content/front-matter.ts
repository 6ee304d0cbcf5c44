import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document, type YAMLError } from 'yaml';
import { CORE_SCHEMA, load } from 'js-yaml';
import { say, type Said } from '../messages/index.ts';

/** A YAML document with a way back from a field's path to its line in the file. */
export interface ParsedYaml {
	data: unknown;
	/**
	 * The line (1-based, in the whole file) of the field at `path`: the line of its key, so a group
	 * or list points at its name; a list item at its `-`. For a field that is not there, the line of
	 * its nearest parent that is.
	 */
	lineOf(path: readonly PropertyKey[]): number;
	/** The text of a line of the file (1-based, in the whole file), for messages. */
	sourceLine(line: number): string;
	/** YAML syntax errors in plain Swedish (and English in `en`), with their lines: only the first, as later ones mostly follow from it. */
	errors: ({ line: number } & Said)[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its front matter (parsed, with lines) and its body, which starts on line `bodyLine` of the file. */
export function parseFrontMatter(source: string): { yaml: ParsedYaml; body: string; bodyLine: number } | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const match = FENCE.exec(text);
	if (!match) return undefined;
	// The front matter's first line is line 2 of the file, after the opening fence.
	return { yaml: parseYaml(match[1] ?? '', 1), body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Parses YAML text whose first line is line `offset + 1` of its file.
 *
 * js-yaml reads the data: it is about ten times faster than `yaml`, which matters with thousands of
 * entries. `yaml` keeps each node's position, so it runs only when a line is asked for (which only a
 * problem does) or when js-yaml refuses the text, and then words the error. Both read YAML 1.2's
 * core schema (no dates, "no" stays a word), and both refuse a repeated key.
 */
export function parseYaml(text: string, offset = 0): ParsedYaml {
	let data: unknown;
	try {
		data = load(text, { schema: CORE_SCHEMA });
	} catch {
		return parseWithPositions(text, offset);
	}
	let full: ParsedYaml | undefined;
	const positions = () => (full ??= parseWithPositions(text, offset));
	return { data: data ?? null, errors: [], lineOf: (path) => positions().lineOf(path), sourceLine: (line) => positions().sourceLine(line) };
}

function parseWithPositions(text: string, offset: number): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toLine = (pos: number) => lineCounter.linePos(pos).line + offset;
	const lines = text.split(/\r?\n/);
	const first = doc.errors[0];
	return {
		data: doc.errors.length ? undefined : doc.toJS(),
		errors: first ? [{ line: toLine(errorPosition(first, text)), ...describeYamlError(first, text) }] : [],
		sourceLine: (line) => lines[line - offset - 1] ?? '',
		lineOf(path) {
			for (let n = path.length; n > 0; n--) {
				const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
				const key = path[n - 1];
				if (isMap(parent)) {
					const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
					const node = isNode(pair?.key) ? pair.key : pair?.value;
					if (isNode(node) && node.range) return toLine(node.range[0]);
				} else if (isSeq(parent) && typeof key === 'number') {
					const item = parent.items[key];
					if (isNode(item) && item.range) return toLine(item.range[0]);
				}
				// Not there (a missing field): fall back to the parent.
			}
			return isNode(doc.contents) && doc.contents.range ? toLine(doc.contents.range[0]) : offset + 1;
		},
	};
}

/** Where an editor should look: an unclosed quote or list is reported where it ends, but the mistake is where it opens. */
function errorPosition(error: YAMLError, text: string): number {
	const opener =
		/^Missing closing (["'])quote/.exec(error.message)?.[1] ??
		(/^Flow sequence/.test(error.message) ? '[' : /^Flow map/.test(error.message) ? '{' : undefined);
	if (opener) {
		const open = text.lastIndexOf(opener, Math.min(error.pos[0], text.length - 1));
		if (open >= 0) return open;
	}
	return pastComments(text, error.pos[0]);
}

/**
 * The parser reports a badly indented field at the comment or blank lines before it (the scaffold's
 * help lines sit between fields), so a position at the start of such lines moves to the next line
 * with a field on it.
 */
function pastComments(text: string, pos: number): number {
	const skipped = /(?:[ \t]*(?:#[^\n]*)?\r?\n)+/y;
	skipped.lastIndex = text.lastIndexOf('\n', pos - 1) + 1;
	if (!/^[ \t]*$/.test(text.slice(skipped.lastIndex, pos)) || !skipped.exec(text) || skipped.lastIndex >= text.length) return pos;
	return skipped.lastIndex;
}

/** A YAML syntax error as an editor understands it; the parser's English never reaches the page. */
function describeYamlError(error: YAMLError, text: string): Said {
	switch (error.code) {
		case 'DUPLICATE_KEY':
			return say('yamlDuplicateKey', { key: /^[^\s:]+/.exec(text.slice(error.pos[0]))?.[0] });
		case 'TAB_AS_INDENT':
			return say('yamlTab');
		case 'BAD_SCALAR_START':
			return say('yamlBadStart', { char: error.message.trim().slice(-1) });
		case 'BAD_DQ_ESCAPE':
			return say('yamlBadEscape');
		case 'BAD_INDENT':
			if (/^Flow sequence/.test(error.message)) return say('yamlUnclosedList');
			if (/^Flow map/.test(error.message)) return say('yamlUnclosedGroup');
			return say('yamlIndent');
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return say('yamlImplicitKey');
		case 'MISSING_CHAR': {
			const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
			if (quote) return say('yamlUnclosedQuote', { quote });
			if (/^Sequence item/.test(error.message)) return say('yamlListItem');
			return say('yamlMissingColon');
		}
		default:
			return say('yamlUnreadable');
	}
}
