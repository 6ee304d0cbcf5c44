import { excerpt } from '../messages/excerpt.ts';
import { say, type Said } from '../messages/index.ts';

/**
 * A template's gap left for the editor, "[fyll i datum]" or "[fill in the date]", closed or not. A
 * Markdown link whose text begins so ("[Fyll i blanketten](/blankett/)") is no gap.
 */
const PLACEHOLDER = /\[(?:fyll i|fill in)\b[^\]]*(?:\](?![([])|$)/gi;

/**
 * Gaps of a template that are still unfilled, as one warning for the file: the line of the first,
 * every line that has one, and the first as written. A page published with "[fyll i e-postadress]"
 * builds without fault, so nothing else would tell the editor; the accessibility statement that
 * ships with the examples is such a template.
 */
export function placeholderProblem(text: string): ({ line: number } & Said) | undefined {
	const lines: number[] = [];
	let first: string | undefined;
	text.split(/\r?\n/).forEach((line, n) => {
		const found = line.match(PLACEHOLDER);
		if (!found) return;
		first ??= found[0];
		for (let k = 0; k < found.length; k++) lines.push(n + 1);
	});
	if (!first) return undefined;
	return { line: lines[0]!, ...say('placeholder', { count: lines.length, lines: [...new Set(lines)], text: excerpt(first) }) };
}
