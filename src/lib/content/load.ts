import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { readCsv } from '../data/read-csv.ts';
import type { Dataset } from '../data/types.ts';
import { RESERVED_PAGE_IDS } from '../ids.ts';
import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { entrySchemas, type EntryCollection } from '../schema/entries.ts';
import { siteSchema, type Site } from '../schema/site.ts';
import { translationSchemas, type TranslationData } from '../schema/translations.ts';
import { translationName } from '../i18n/file-name.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { parseFrontMatter, parseYaml, type ParsedYaml } from './front-matter.ts';
import { mdxProblems } from './mdx-body.ts';
import { placeholderProblem } from './placeholders.ts';
import { readText } from './read-text.ts';
import { describeIssue } from './zod-issues.ts';

/** One Markdown entry, validated. */
export interface Entry<T> {
	/** The file name without extension: the entry's id and URL slug. */
	id: string;
	/** The path relative to the content tree, e.g. "indicators/besokare.md". */
	file: string;
	data: T;
	/** The Markdown after the front matter, as written. */
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
	/** The line of a front matter field, for messages about references and rules. */
	lineOf(path: readonly PropertyKey[]): number;
}

export type Entries = { [C in EntryCollection]: Entry<z.infer<(typeof entrySchemas)[C]>>[] };

/** The whole content tree, every file validated against its schema. */
export interface Content extends Entries {
	/** The content tree's absolute path. */
	dir: string;
	site: Site;
	/** Parsed CSV files by file name in `data/`, e.g. "besokare.csv". */
	datasets: Map<string, Dataset>;
	/** The line of a field in site.yaml, for messages about the site's settings. */
	siteLineOf(path: readonly PropertyKey[]): number;
	/**
	 * Entry files that exist but could not be read (a bad name, no front matter, a mistake in a field).
	 * Their problems are already reported, so a reference to one of them is not reported again.
	 */
	failed: FailedEntry[];
	/** Translation files (`areas/dialog.en.md`), validated; checkTranslations matches them to their entries. */
	translations: Translation[];
}

/** One translation file: the readers' texts of an entry in another language. */
export interface Translation {
	collection: EntryCollection;
	/** The id of the entry it translates. */
	id: string;
	locale: Locale;
	file: string;
	data: TranslationData;
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
	/** The line of a field, for messages about it. */
	lineOf(path: readonly PropertyKey[]): number;
}

/** An entry file left out of the content because of a problem already reported. */
export interface FailedEntry {
	collection: EntryCollection;
	/** The id the file has, or would have once its name is fixed. */
	id: string;
	file: string;
	/** Its front matter as written, when it could be read at all. */
	data?: Record<string, unknown>;
	/** The line of a field, when the front matter is valid YAML: its references are still checked, so every problem shows in one run. */
	lineOf?: (path: readonly PropertyKey[]) => number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Reads and validates every file of a content tree; returns every problem found, not just the first. */
export function loadContent(dir: string): { content?: Content; problems: Problem[] } {
	const problems: Problem[] = [];
	const failed: FailedEntry[] = [];
	const translations: Translation[] = [];
	const site = loadSite(dir, problems);
	const entries = Object.fromEntries(
		(Object.keys(entrySchemas) as EntryCollection[]).map((c) => [c, loadCollection(dir, c, problems, failed, translations)]),
	) as Entries;
	const datasets = loadDatasets(dir, problems);
	if (!site) return { problems };
	return { content: { dir, site: site.data, siteLineOf: site.lineOf, datasets, failed, translations, ...entries }, problems };
}

function loadSite(dir: string, problems: Problem[]): { data: Site; lineOf: ParsedYaml['lineOf'] } | undefined {
	const file = 'site.yaml';
	const full = path.join(dir, file);
	if (!existsSync(full)) {
		problems.push({ severity: 'error', file, ...say('siteMissing', { dir }) });
		return undefined;
	}
	const yaml = parseYaml(readContentFile(full, file, problems).replace(/^\uFEFF/, ''));
	const data = validate(siteSchema, yaml, file, problems);
	return data && { data, lineOf: yaml.lineOf };
}

function loadCollection<C extends EntryCollection>(dir: string, collection: C, problems: Problem[], failed: FailedEntry[], translations: Translation[]) {
	const folder = path.join(dir, collection);
	if (!existsSync(folder)) return [];
	const schema = entrySchemas[collection];
	const seen = new Map<string, string>();
	const entries: Entry<z.infer<(typeof entrySchemas)[C]>>[] = [];
	for (const dirent of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		const { name } = dirent;
		if (name.startsWith('.') || name.startsWith('_')) continue;
		// Images the bodies show, alone or in a folder of their own (src/lib/content/body-links.ts).
		if (IMAGE.test(name) || (dirent.isDirectory() && !readdirSync(path.join(folder, name)).some((n) => /\.mdx?$/.test(n)))) continue;
		const file = `${collection}/${name}`;
		const ext = path.extname(name);
		if (ext !== '.md' && ext !== '.mdx') {
			problems.push({ severity: 'warning', file, ...say('notMarkdown') });
			continue;
		}
		const translated = translationName(name);
		if (translated && isLocale(translated.locale) && ID.test(translated.id)) {
			const parsed = parseFrontMatter(readContentFile(path.join(folder, name), file, problems));
			if (!parsed) {
				problems.push({ severity: 'error', file, line: 1, ...say('noFrontMatter') });
				continue;
			}
			checkBody(parsed, file, problems);
			const data = validate(translationSchemas[collection], parsed.yaml, file, problems);
			if (data) translations.push({ collection, id: translated.id, locale: translated.locale, file, data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf });
			continue;
		}
		let id = name.slice(0, -ext.length);
		// A file with a bad name or a taken id is still read, so its other mistakes show in the same run.
		let usable = true;
		if (!ID.test(id)) {
			const fixed = slugify(id) || 'namn';
			problems.push({ severity: 'error', file, ...say('badFileName', { name, fixed: `${fixed}${ext}` }) });
			id = fixed;
			usable = false;
		} else if (collection === 'pages' && RESERVED_PAGE_IDS.includes(id)) {
			problems.push({ severity: 'error', file, ...say('reservedPageId', { id, reserved: RESERVED_PAGE_IDS }) });
			usable = false;
		} else {
			const other = seen.get(id);
			if (other) {
				problems.push({ severity: 'error', file, ...say('sameId', { other, file, id }) });
				usable = false;
			} else seen.set(id, file);
		}
		const source = readContentFile(path.join(folder, name), file, problems);
		const parsed = parseFrontMatter(source);
		if (!parsed) {
			problems.push({ severity: 'error', file, line: 1, ...say('noFrontMatter') });
			failed.push({ collection, id, file });
			continue;
		}
		checkBody(parsed, file, problems);
		const data = validate(schema, parsed.yaml, file, problems);
		if (data && usable) entries.push({ id, file, data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf } as Entry<z.infer<(typeof entrySchemas)[C]>>);
		else {
			const raw = parsed.yaml.data;
			const readable = raw && typeof raw === 'object' && !Array.isArray(raw);
			failed.push({ collection, id, file, data: readable ? (raw as Record<string, unknown>) : roughFields(source), ...(readable ? { lineOf: parsed.yaml.lineOf } : {}) });
		}
	}
	return entries;
}

/**
 * A Markdown or YAML file's text; one not saved as UTF-8 is a problem, and is read as Windows-1252
 * so its other mistakes show too. A template's unfilled "[fyll i …]" is a warning.
 */
function readContentFile(full: string, file: string, problems: Problem[]): string {
	const { text, problem } = readText(full);
	if (problem) problems.push({ severity: 'error', file, ...problem });
	const unfilled = placeholderProblem(text);
	if (unfilled) problems.push({ severity: 'warning', file, ...unfilled });
	return text;
}

/** What in an .mdx body would stop Astro's build or change the page's words. */
function checkBody(parsed: { body: string; bodyLine: number }, file: string, problems: Problem[]) {
	if (!file.endsWith('.mdx')) return;
	for (const problem of mdxProblems(parsed.body, parsed.bodyLine)) problems.push({ severity: 'error', file, ...problem });
}

function loadDatasets(dir: string, problems: Problem[]): Map<string, Dataset> {
	const folder = path.join(dir, 'data');
	const datasets = new Map<string, Dataset>();
	if (!existsSync(folder)) return datasets;
	for (const name of readdirSync(folder).sort()) {
		// Folders hold what made the CSV files, e.g. data/kolada/ with Kolada's raw answers.
		if (name.startsWith('.') || statSync(path.join(folder, name)).isDirectory()) continue;
		const file = `data/${name}`;
		if (path.extname(name).toLowerCase() !== '.csv') {
			problems.push({ severity: 'warning', file, ...say('notCsv') });
			continue;
		}
		const result = readCsv(readFileSync(path.join(folder, name)), file);
		problems.push(...result.problems);
		if (result.dataset) datasets.set(name, result.dataset);
	}
	return datasets;
}

/** Validates parsed YAML against a schema, turning each zod issue into a problem with its line. */
function validate<S extends z.ZodType>(schema: S, yaml: ParsedYaml, file: string, problems: Problem[]): z.infer<S> | undefined {
	if (yaml.errors.length) {
		for (const { line, ...text } of yaml.errors) problems.push({ severity: 'error', file, line, ...text });
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (result.success) return result.data;
	// One problem per unknown field, each on its own line.
	const issues = result.error.issues.flatMap((issue): z.core.$ZodIssue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]));
	for (const issue of issues) {
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
		const line = yaml.lineOf(path);
		// `color: #1f4e79` is a key with an empty value and a comment: the # needs quotes. `year: # Målår: …`
		// is a scaffold's commented field whose # was taken away: the help after it is no value.
		const empty = issue.code === 'invalid_type' && issue.input === null ? /:\s+#(\s?)/.exec(yaml.sourceLine(line)) : null;
		const described = empty && issue.code === 'invalid_type' ? say(empty[1] ? 'fieldEmptyComment' : 'fieldEmptyHash', { expected: issue.expected }) : describeIssue(issue, schema);
		problems.push({ severity: 'error', file, line, field: fieldName(path), ...described });
	}
	return undefined;
}

/** The top-level `name: value` lines of front matter YAML cannot read, as well as they can be made out. */
function roughFields(source: string): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	for (const [, key, value] of source.matchAll(/^([A-Za-z]\w*):[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*$/gm)) {
		if (key && value && !(key in fields)) fields[key] = value;
	}
	return fields;
}

/** A path such as ["target", "kind"] as an editor writes it: "target.kind"; list items as "strategies[2]". */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
	if (!path.length) return undefined;
	return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key + 1}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

/** A file name made safe for a URL: "Besökare 2024" → "besokare-2024". */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
