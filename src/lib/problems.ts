import { catalogues, type Lang, type Text } from './messages/index.ts';

/**
 * Something wrong (or doubtful) in the content tree, told to an editor in plain words: in Swedish
 * (`message`, `hint`: the site's locale, what the build prints) and in English (`en`). Producers
 * word both through the catalogues in `messages/`: `{ severity, file, line, ...say('kind', params) }`.
 */
export interface Problem extends Text {
	/** `error` fails the build; `warning` is printed and the build goes on. */
	severity: 'error' | 'warning';
	/** The file, relative to the content tree, e.g. "indicators/besokare.md". */
	file: string;
	/** The line in that file, 1-based, where known. */
	line?: number;
	/** The front matter field or CSV column. */
	field?: string;
	/** What is wrong, in plain Swedish, naming what was found and what was expected. */
	message: string;
	/** How to fix it, in Swedish. */
	hint?: string;
	/** The same message and hint in English, for `npm run check -- --lang en`. */
	en: Text;
}

/**
 * One problem as one line: `indicators/besokare.md rad 4, fältet area: … Tips: …` (`kolumnen Värde`
 * in a CSV file); in English `indicators/besokare.md line 4, field area: … Hint: …`.
 */
export function formatProblem(p: Problem, lang: Lang = 'sv'): string {
	const { frame } = catalogues[lang];
	const text = lang === 'sv' ? p : p.en;
	const where = [p.file, p.line !== undefined ? frame.line(p.line) : undefined].filter(Boolean).join(' ');
	// In a CSV file the field is a column.
	const field = p.field ? `, ${/\.csv$/i.test(p.file) ? frame.column(p.field) : frame.field(p.field)}` : '';
	const hint = text.hint ? ` ${frame.hint} ${text.hint}` : '';
	return `${where}${field}: ${text.message}${hint}`;
}

/** Every problem, errors first, as the text a build prints before it stops. */
export function formatProblems(problems: readonly Problem[], lang: Lang = 'sv'): string {
	const { frame } = catalogues[lang];
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	const lines: string[] = [];
	if (errors.length) {
		lines.push(frame.errorsHeading(errors.length));
		lines.push(...errors.map((p) => `  ✗ ${formatProblem(p, lang)}`));
	}
	if (warnings.length) {
		lines.push(frame.warningsHeading(warnings.length));
		lines.push(...warnings.map((p) => `  ! ${formatProblem(p, lang)}`));
	}
	return lines.join('\n');
}
