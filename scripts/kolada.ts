/**
 * Fetches the data of every indicator with a `kolada:` block from Kolada's API v3 and writes, per
 * indicator, the tidy CSV the build reads (`data/<id>.csv`) and the raw responses with the KPI's
 * metadata and the time they were fetched (`data/kolada/<id>.json`). Builds never call the
 * network: they read what this wrote. See docs/kolada.md.
 *
 *   npm run data:kolada                                   # every indicator with kolada settings
 *   npm run data:kolada -- --only besokare                # one (repeat --only, or a,b, for more)
 *   npm run data:kolada -- --base-url http://127.0.0.1:8080/v3
 *   npm run data:kolada -- --lang en                      # messages in English (also MALBILD_LANG=en)
 *   KOLADA_BASE_URL=… MALBILD_CONTENT=examples/smedjebacken npm run data:kolada
 *
 * Exits 1 when an indicator could not be fetched (its files are left as they were), 2 on a wrong
 * argument, else 0; warnings (such as a KPI title that changed) do not change the exit code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, parseYaml } from '../src/lib/content/front-matter.ts';
import { contentDir } from '../src/lib/content/validate.ts';
import { createKoladaClient, DEFAULT_BASE_URL } from '../src/lib/kolada/client.ts';
import { checkIndicator, importIndicator, readKoladaSettings, type IndicatorFile, type KoladaJob } from '../src/lib/kolada/import.ts';
import { catalogues, isLang, type Lang } from '../src/lib/messages/index.ts';
import { formatProblems, type Problem } from '../src/lib/problems.ts';

interface Args {
	only: string[];
	baseUrl?: string;
	lang?: string;
}

/** The command line, or the argument that is wrong. */
function parseArgs(argv: readonly string[]): Args | { bad: string } {
	const args: Args = { only: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? argv[++i];
		if (name === '--only') {
			const ids = value();
			if (!ids) return { bad: arg };
			args.only.push(...ids.split(',').map((s) => s.trim()).filter(Boolean));
		} else if (name === '--base-url') {
			const url = value();
			if (!url || !URL.canParse(url)) return { bad: url ? `${arg} ${url}` : arg };
			args.baseUrl = url;
		} else if (name === '--lang') {
			const lang = value();
			if (!lang) return { bad: arg };
			args.lang = lang;
		} else return { bad: arg };
	}
	return args;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every indicator file whose front matter has a `kolada` key. Files YAML cannot read are left to `npm run check`. */
function indicatorsWithKolada(dir: string): IndicatorFile[] {
	const folder = path.join(dir, 'indicators');
	if (!existsSync(folder)) return [];
	const found: IndicatorFile[] = [];
	for (const name of readdirSync(folder).sort()) {
		const ext = path.extname(name);
		const id = name.slice(0, -ext.length);
		if ((ext !== '.md' && ext !== '.mdx') || !ID.test(id)) continue;
		const parsed = parseFrontMatter(readFileSync(path.join(folder, name), 'utf8'));
		const data = parsed?.yaml.data;
		if (!parsed || !data || typeof data !== 'object' || Array.isArray(data) || !('kolada' in data)) continue;
		found.push({ id, file: `indicators/${name}`, frontMatter: data as Record<string, unknown>, lineOf: parsed.yaml.lineOf });
	}
	return found;
}

/** site.yaml's `publisher.municipalityCode`, as written. */
function siteMunicipality(dir: string): string | undefined {
	const file = path.join(dir, 'site.yaml');
	if (!existsSync(file)) return undefined;
	const data = parseYaml(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).data as { publisher?: { municipalityCode?: unknown } } | undefined;
	const code = data?.publisher?.municipalityCode;
	return typeof code === 'string' ? code : undefined;
}

/** Writes through a temporary file, so an interrupted run never leaves half a file for the build. */
function writeAtomically(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

async function main(): Promise<number> {
	const parsed = parseArgs(process.argv.slice(2));
	const asked = 'bad' in parsed ? undefined : (parsed.lang ?? (process.env.MALBILD_LANG || undefined));
	const lang: Lang = asked === undefined ? 'sv' : isLang(asked.trim().toLowerCase()) ? (asked.trim().toLowerCase() as Lang) : 'sv';
	const words = catalogues[lang];
	if ('bad' in parsed) {
		console.error(`${catalogues.sv.kolada.badArgument({ arg: parsed.bad })}\n${catalogues.en.kolada.badArgument({ arg: parsed.bad })}`);
		return 2;
	}
	if (asked !== undefined && !isLang(asked.trim().toLowerCase())) {
		console.error(`${catalogues.sv.frame.unknownLanguage(asked)}\n${catalogues.en.frame.unknownLanguage(asked)}`);
		return 2;
	}

	const dir = contentDir();
	const tree = path.relative(process.cwd(), dir) || '.';
	const all = indicatorsWithKolada(dir);
	const unknown = parsed.only.filter((id) => !all.some((i) => i.id === id));
	if (unknown.length) {
		for (const id of unknown) console.error(words.kolada.unknownIndicator({ id, known: all.map((i) => i.id) }));
		return 2;
	}
	const chosen = parsed.only.length ? all.filter((i) => parsed.only.includes(i.id)) : all;
	if (chosen.length === 0) {
		console.log(words.kolada.none({ tree }));
		return 0;
	}

	const problems: Problem[] = [];
	const municipality = siteMunicipality(dir);
	const jobs: KoladaJob[] = [];
	for (const indicator of chosen) {
		const read = readKoladaSettings(indicator, municipality);
		problems.push(...read.problems);
		if (read.job) {
			jobs.push(read.job);
			problems.push(...checkIndicator(read.job));
		}
	}

	const client = createKoladaClient({
		baseUrl: parsed.baseUrl ?? (process.env.KOLADA_BASE_URL || DEFAULT_BASE_URL),
		onEvent: (event) => {
			if (event.kind === 'wait' && event.reason === 'retry') console.log(words.kolada.waiting({ seconds: Math.ceil(event.ms / 1000), status: event.status }));
		},
	});
	let written = 0;
	for (const job of jobs) {
		console.log(words.kolada.fetching({ id: job.id, kpi: job.settings.kpi, municipality: job.municipality, comparisons: job.settings.comparisons.length }));
		const outcome = await importIndicator(job, client);
		problems.push(...outcome.problems);
		if (outcome.csv === undefined || outcome.raw === undefined || !outcome.kpi) {
			console.log(words.kolada.notWritten({ id: job.id }));
			continue;
		}
		const csv = `data/${job.id}.csv`;
		const json = `data/kolada/${job.id}.json`;
		writeAtomically(path.join(dir, csv), outcome.csv);
		writeAtomically(path.join(dir, json), `${JSON.stringify(outcome.raw, null, 2)}\n`);
		written++;
		const published = outcome.kpi.publication_date;
		console.log(
			words.kolada.wrote({
				id: job.id,
				rows: outcome.rows,
				first: outcome.years[0],
				last: outcome.years.at(-1),
				csv,
				json,
				title: outcome.kpi.title,
				...(typeof published === 'string' ? { published } : {}),
			}),
		);
	}

	if (problems.length) console.log(formatProblems(problems, lang));
	const count = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
	console.log(words.kolada.summary({ written, indicators: chosen.length, errors: count('error'), warnings: count('warning') }));
	if (written) console.log(words.kolada.attribution);
	return count('error') ? 1 : 0;
}

process.exitCode = await main();
