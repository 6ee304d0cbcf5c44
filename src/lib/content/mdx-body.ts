import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { excerpt } from '../messages/excerpt.ts';
import { say, type Said } from '../messages/index.ts';

/**
 * What in an .mdx body would stop the build or change the page's words, in plain words with its line.
 *
 * In MDX, `<` starts a tag and `{` starts code, so ordinary text (`<!-- -->`, `<br>`, `{8-16}`)
 * either fails deep inside Astro's build, in English and without the file, or is silently replaced
 * by what the code computes. The body is read here with the parser MDX itself uses (micromark with
 * remark-mdx), so every such file is named at once, before Astro starts. Only the first syntax
 * error of a file is found, as the parser stops there.
 *
 * `firstLine` is the line of the file the body starts on.
 */
export function mdxProblems(body: string, firstLine: number): ({ line: number } & Said)[] {
	const at = (line: number | undefined) => firstLine + Math.max(1, line ?? 1) - 1;
	let tree: MdxNode;
	try {
		tree = parser.parse(body) as MdxNode;
	} catch (error) {
		const { line, said } = describeSyntaxError(error as ParseError, body);
		return [{ line: at(line), ...said }];
	}
	// A page that imports code belongs to the web team: its expressions and components are theirs.
	if (tree.children?.some((node) => node.type === 'mdxjsEsm')) return [];
	const problems: ({ line: number } & Said)[] = [];
	const walk = (node: MdxNode) => {
		const line = at(node.position?.start.line);
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '')) {
			problems.push({ line, ...say('mdxExpression', { code: `{${node.value ?? ''}}` }) });
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isComponent(node.name)) {
			problems.push({ line, ...say('mdxComponent', { name: node.name }) });
		}
		for (const attribute of node.attributes ?? []) {
			const code = attribute.type === 'mdxJsxExpressionAttribute' ? attribute.value : typeof attribute.value === 'object' ? attribute.value?.value : undefined;
			if (code !== undefined) problems.push({ line, ...say('mdxExpression', { code: `{${code}}` }) });
		}
		node.children?.forEach(walk);
	};
	walk(tree);
	return problems;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** As JSX tells them apart: `<Karta>` and `<karta.ruta>` are components, `<div>` and SVG's `<linearGradient>` are HTML. */
const isComponent = (name: string) => !/^[a-z]/.test(name) || name.includes('.');

/** Only `{/* … *\/}`, MDX's comment, which shows nothing. */
const isComment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; value?: string | { value: string } | null }[];
	children?: MdxNode[];
	position?: { start: { line: number } };
}

/** The parser's error: a vfile message with the rule that failed and where. */
interface ParseError {
	reason?: string;
	ruleId?: string;
	source?: string;
	line?: number;
	place?: { line?: number; start?: { line?: number } };
}

function describeSyntaxError(error: ParseError, body: string): { line: number | undefined; said: Said } {
	const reason = error.reason ?? '';
	// An unclosed tag is reported at the end of its paragraph or file; its opening is in the message: "(3:12-3:16)".
	const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason);
	// An unclosed brace is reported at the end of the file; it opens at the last brace.
	const brace = error.ruleId === 'unexpected-eof' && /closing brace/.test(reason) ? body.slice(0, body.lastIndexOf('{') + 1).split('\n').length : undefined;
	const line = opened ? Number(opened[1]) : (brace ?? error.line ?? error.place?.line ?? error.place?.start?.line);
	const text = excerpt(body.split(/\r?\n/)[(line ?? 1) - 1] ?? '');
	if (error.ruleId === 'unexpected-closing-slash' || /^Unexpected closing tag/.test(reason)) return { line, said: say('mdxStrayClosingTag', { text }) };
	const tag = /closing tag for `<([^>`\s]+)>`/.exec(reason)?.[1];
	if (tag) return { line, said: say('mdxUnclosedTag', { tag }) };
	if (error.source === 'micromark-extension-mdx-expression') return { line, said: say('mdxBrace', { text }) };
	if (error.source === 'micromark-extension-mdxjs-esm') return { line, said: say('mdxEsm', { text }) };
	if (/create a comment/.test(reason)) return { line, said: say('mdxHtmlComment') };
	if (/create a link/.test(reason)) return { line, said: say('mdxAngleLink', { text }) };
	return { line, said: say('mdxLessThan', { text }) };
}
