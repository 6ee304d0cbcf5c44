/** Something wrong (or doubtful) in the content tree, told to an editor in plain Swedish. */
export interface Problem {
	/** `error` fails the build; `warning` is printed and the build goes on. */
	severity: 'error' | 'warning';
	/** The file, relative to the content tree, e.g. "indicators/besokare.md". */
	file: string;
	/** The line in that file, 1-based, where known. */
	line?: number;
	/** The front matter field or CSV column. */
	field?: string;
	/** What is wrong, in plain words, naming what was found and what was expected. */
	message: string;
	/** How to fix it. */
	hint?: string;
}

/** One problem as one line: `indicators/besokare.md rad 4, fältet area: … Tips: …` (`kolumnen Värde` in a CSV file). */
export function formatProblem(p: Problem): string {
	const where = [p.file, p.line !== undefined ? `rad ${p.line}` : undefined].filter(Boolean).join(' ');
	// In a CSV file the field is a column.
	const field = p.field ? `, ${/\.csv$/i.test(p.file) ? 'kolumnen' : 'fältet'} ${p.field}` : '';
	const hint = p.hint ? ` Tips: ${p.hint}` : '';
	return `${where}${field}: ${p.message}${hint}`;
}

/** Every problem, errors first, as the text a build prints before it stops. */
export function formatProblems(problems: readonly Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	const lines: string[] = [];
	if (errors.length) {
		lines.push(`${errors.length} ${errors.length === 1 ? 'fel' : 'fel'} i innehållet:`);
		lines.push(...errors.map((p) => `  ✗ ${formatProblem(p)}`));
	}
	if (warnings.length) {
		lines.push(`${warnings.length} ${warnings.length === 1 ? 'varning' : 'varningar'}:`);
		lines.push(...warnings.map((p) => `  ! ${formatProblem(p)}`));
	}
	return lines.join('\n');
}
