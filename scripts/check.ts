/**
 * Checks the content tree and every CSV without building: prints every problem with file, line,
 * field and a hint; exits 1 on errors, 0 with warnings only.
 */
import path from 'node:path';
import { contentDir, validateContent } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/problems.ts';

const dir = contentDir();
const { model, problems } = validateContent(dir);
if (problems.length) console.log(formatProblems(problems));
if (!model) process.exit(1);
console.log(`${path.relative(process.cwd(), dir) || '.'}: inga fel. ${model.indicators.length} ${model.site.levels.indicator.plural.toLowerCase()} kontrollerade.`);
