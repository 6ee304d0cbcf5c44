import { catalogues, type Lang } from './messages/index.ts';
import { formatProblems, type Problem } from './problems.ts';

/** Thrown when content has errors: its message lists every one, as the editor should read them (in Swedish unless told). */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[], lang: Lang = 'sv') {
		super(`${catalogues[lang].frame.contentError}\n${formatProblems(problems, lang)}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
