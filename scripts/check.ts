/**
 * Checks the content tree and every CSV without building: prints every problem (errors, then
 * warnings) with file, line, field, what was found and a hint, then a summary line. Exits 1 on
 * errors, 0 with warnings only.
 *
 *   npm run check                                   # content/, in Swedish
 *   npm run check -- --lang en                      # in English (also MALBILD_LANG=en)
 *   MALBILD_CONTENT=examples/smedjebacken npm run check
 */
import path from 'node:path';
import { contentDir, validateContent } from '../src/lib/content/validate.ts';
import { catalogues, requestedLang } from '../src/lib/messages/index.ts';
import { formatProblems } from '../src/lib/problems.ts';

const requested = requestedLang();
if ('unknown' in requested) {
	console.error(`${catalogues.sv.frame.unknownLanguage(requested.unknown)}\n${catalogues.en.frame.unknownLanguage(requested.unknown)}`);
	process.exit(2);
}
const { lang } = requested;
const dir = contentDir();
const { model, problems } = validateContent(dir);
if (problems.length) console.log(formatProblems(problems, lang));
const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
console.log(
	catalogues[lang].frame.summary({
		tree: path.relative(process.cwd(), dir) || '.',
		errors: count('error'),
		warnings: count('warning'),
		checked: model && { count: model.indicators.length, plural: model.site.levels.indicator.plural },
	}),
);
process.exit(model ? 0 : 1);
