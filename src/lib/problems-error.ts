import { formatProblems, type Problem } from './problems.ts';

/** Thrown when content has errors: its message lists every one, as the editor should read them. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(`Innehållet har fel; webbplatsen byggs inte.\n${formatProblems(problems)}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
