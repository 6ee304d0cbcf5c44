/**
 * Makes a new entry with every field written out and explained, valid as it stands:
 *
 *   npm run new -- indicator "Andel elever med fullständiga betyg" --area naringsliv
 *   npm run new -- indicator "Besökare" --goal attraktiv-boendekommun --strategy aktiv-dialog --direction lower
 *   npm run new -- area "Hållbar tillväxtkommun"
 *   npm run new -- goal "Stark ekonomi" --area effektivitet
 *   npm run new -- strategy "Vi för en aktiv dialog" --area dialog
 *   npm run new -- page "Om målbilden"
 *
 * An indicator also gets data/<id>.csv. Nothing is ever overwritten. MALBILD_CONTENT picks the
 * content tree, --lang en the language of the comments and messages.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../src/lib/content/closest.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/validate.ts';
import { requestedLang } from '../src/lib/messages/index.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { entrySchemas, type EntryCollection } from '../src/lib/schema/entries.ts';
import { kindOf, KINDS, scaffold } from '../src/lib/scaffold/entry.ts';

const asked = requestedLang();
const lang = 'lang' in asked ? asked.lang : 'sv';
const say = lang === 'en'
	? { usage: 'Usage: npm run new -- <area|goal|strategy|indicator|page> "Title" [--area id] [--goal id] [--strategy id …] [--direction higher|lower] [--id id]', kind: (k: string) => `Unknown kind "${k}". Choose one of: ${Object.keys(KINDS).join(', ')}.`, cannot: 'Could not create the entry:', site: 'site.yaml must be valid first:', made: 'Created', next: 'Check the content with: npm run check' }
	: { usage: 'Så här: npm run new -- <area|goal|strategy|indicator|page> "Rubrik" [--area id] [--goal id] [--strategy id …] [--direction higher|lower] [--id id] (även --omrade, --mal, --strategi, --riktning)', kind: (k: string) => `Okänd typ "${k}". Välj en av: ${Object.keys(KINDS).join(', ')} (eller omrade, mal, strategi, indikator, sida).`, cannot: 'Posten skapades inte:', site: 'site.yaml måste vara rätt först:', made: 'Skapade', next: 'Kontrollera innehållet med: npm run check' };

const OPTIONS = {
	area: { type: 'string' },
	goal: { type: 'string' },
	strategy: { type: 'string', multiple: true },
	strategies: { type: 'string' },
	direction: { type: 'string' },
	id: { type: 'string' },
	lang: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
	// The kinds have Swedish names too (mal, omrade); so have the options that name them.
	omrade: { type: 'string' },
	mal: { type: 'string' },
	strategi: { type: 'string', multiple: true },
	riktning: { type: 'string' },
} as const;
let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({ allowPositionals: true, options: OPTIONS });
}
try {
	args = parse();
} catch (error) {
	const { code, message } = error as { code?: string; message: string };
	const option = /'(-[^' ]*)/.exec(message)?.[1];
	const guess = option && closest(option, Object.keys(OPTIONS).map((name) => `--${name}`));
	const unknown = lang === 'en' ? `Unknown option ${option}.${guess ? ` Did you mean ${guess}?` : ''}` : `Okänt val ${option}.${guess ? ` Menade du ${guess}?` : ''}`;
	const missing = lang === 'en' ? `${option} needs a value, e.g. ${option} id.` : `${option} behöver ett värde, t.ex. ${option} id.`;
	const said = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknown : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option ? missing : message;
	console.error(`${said}\n${say.usage}`);
	process.exit(2);
}
const { omrade, mal, strategi, riktning } = args.values;
args.values.area ??= omrade;
args.values.goal ??= mal;
args.values.strategy = [...(args.values.strategy ?? []), ...(strategi ?? [])];
args.values.direction ??= riktning;
const [kindWord, ...titleWords] = args.positionals;
if (args.values.help || !kindWord) {
	console.log(say.usage);
	process.exit(args.values.help ? 0 : 2);
}
const kind = kindOf(kindWord);
if (!kind) {
	console.error(`${say.kind(kindWord)}\n${say.usage}`);
	process.exit(2);
}
const direction = args.values.direction;
if (direction !== undefined && direction !== 'higher' && direction !== 'lower') {
	console.error(lang === 'en' ? `--direction is higher or lower, not "${direction}".` : `--direction är higher eller lower, inte "${direction}".`);
	process.exit(2);
}

const dir = contentDir();
const { content, problems } = loadContent(dir);
if (!content) {
	console.error(`${say.site}\n${formatProblems(problems, lang)}`);
	process.exit(1);
}
// Files that exist but could not be read still hold their names.
const ids = Object.fromEntries(
	(Object.keys(entrySchemas) as EntryCollection[]).map((c) => [c, [...content[c].map((e) => e.id), ...content.failed.filter((f) => f.collection === c).map((f) => f.id)]]),
) as Record<EntryCollection, string[]>;
const dataDir = path.join(dir, 'data');
const dataFiles = existsSync(dataDir) ? readdirSync(dataDir) : [];

const strategies = [...(args.values.strategy ?? []), ...(args.values.strategies?.split(',') ?? [])].map((s) => s.trim()).filter(Boolean);
const result = scaffold(
	{ kind, title: titleWords.join(' '), area: args.values.area, goal: args.values.goal, strategies, direction, id: args.values.id, year: new Date().getFullYear(), lang },
	{ site: content.site, ids, dataFiles },
);
if (!result.ok) {
	console.error(`${say.cannot}\n${result.errors.map((e) => `  ✗ ${e}`).join('\n')}`);
	process.exit(1);
}
// Written only if no file is there yet: 'wx' fails rather than overwrite, even if one appeared meanwhile.
const written: string[] = [];
try {
	for (const file of result.files) {
		const full = path.join(dir, file.path);
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, file.text, { flag: 'wx' });
		written.push(file.path);
	}
} catch (error) {
	console.error(`${say.cannot}\n  ✗ ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? (lang === 'en' ? `${(error as { path?: string }).path} already exists.` : `${(error as { path?: string }).path} finns redan.`) : (error as Error).message}`);
	process.exit(1);
}
const where = path.relative(process.cwd(), dir) || '.';
console.log(`${say.made}:\n${written.map((f) => `  ${where}/${f}`).join('\n')}\n${say.next}`);
