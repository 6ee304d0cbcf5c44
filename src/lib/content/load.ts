import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { readCsv } from '../data/read-csv.ts';
import type { Dataset } from '../data/types.ts';
import type { Problem } from '../problems.ts';
import { entrySchemas, type EntryCollection } from '../schema/entries.ts';
import { siteSchema, type Site } from '../schema/site.ts';
import { parseFrontMatter, parseYaml, type ParsedYaml } from './front-matter.ts';
import { describeIssue } from './zod-issues.ts';

/** One Markdown entry, validated. */
export interface Entry<T> {
	/** The file name without extension: the entry's id and URL slug. */
	id: string;
	/** The path relative to the content tree, e.g. "indicators/besokare.md". */
	file: string;
	data: T;
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
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and validates every file of a content tree; returns every problem found, not just the first. */
export function loadContent(dir: string): { content?: Content; problems: Problem[] } {
	const problems: Problem[] = [];
	const site = loadSite(dir, problems);
	const entries = Object.fromEntries(
		(Object.keys(entrySchemas) as EntryCollection[]).map((c) => [c, loadCollection(dir, c, problems)]),
	) as Entries;
	const datasets = loadDatasets(dir, problems);
	if (!site) return { problems };
	return { content: { dir, site, datasets, ...entries }, problems };
}

function loadSite(dir: string, problems: Problem[]): Site | undefined {
	const file = 'site.yaml';
	const full = path.join(dir, file);
	if (!existsSync(full)) {
		problems.push({
			severity: 'error',
			file,
			message: `filen saknas i innehållsmappen ${dir}.`,
			hint: 'Varje webbplats behöver en site.yaml med organisationens namn, titel, vision och nivåernas namn. Kontrollera MALBILD_CONTENT.',
		});
		return undefined;
	}
	const yaml = parseYaml(readFileSync(full, 'utf8'));
	return validate(siteSchema, yaml, file, problems);
}

function loadCollection<C extends EntryCollection>(dir: string, collection: C, problems: Problem[]) {
	const folder = path.join(dir, collection);
	if (!existsSync(folder)) return [];
	const schema = entrySchemas[collection];
	const seen = new Map<string, string>();
	const entries: Entry<z.infer<(typeof entrySchemas)[C]>>[] = [];
	for (const name of readdirSync(folder).sort()) {
		if (name.startsWith('.') || name.startsWith('_')) continue;
		const file = `${collection}/${name}`;
		const ext = path.extname(name);
		if (ext !== '.md' && ext !== '.mdx') {
			problems.push({ severity: 'warning', file, message: 'filen är inte en Markdown-fil (.md eller .mdx) och används inte.' });
			continue;
		}
		const id = name.slice(0, -ext.length);
		if (!ID.test(id)) {
			problems.push({
				severity: 'error',
				file,
				message: `filnamnet "${id}" går inte att använda som adress.`,
				hint: `Använd bara små bokstäver a–z, siffror och bindestreck, t.ex. "${slugify(id)}${ext}".`,
			});
			continue;
		}
		const other = seen.get(id);
		if (other) {
			problems.push({ severity: 'error', file, message: `två filer har samma id "${id}": ${other} och ${file}.`, hint: 'Ta bort eller byt namn på den ena.' });
			continue;
		}
		seen.set(id, file);
		const parsed = parseFrontMatter(readFileSync(path.join(folder, name), 'utf8'));
		if (!parsed) {
			problems.push({
				severity: 'error',
				file,
				line: 1,
				message: 'filen börjar inte med front matter.',
				hint: 'Första raden ska vara --- och fälten (title: …) ska följa, avslutade med en rad ---.',
			});
			continue;
		}
		const data = validate(schema, parsed.yaml, file, problems);
		if (data) entries.push({ id, file, data, lineOf: parsed.yaml.lineOf } as Entry<z.infer<(typeof entrySchemas)[C]>>);
	}
	return entries;
}

function loadDatasets(dir: string, problems: Problem[]): Map<string, Dataset> {
	const folder = path.join(dir, 'data');
	const datasets = new Map<string, Dataset>();
	if (!existsSync(folder)) return datasets;
	for (const name of readdirSync(folder).sort()) {
		if (name.startsWith('.')) continue;
		const file = `data/${name}`;
		if (path.extname(name).toLowerCase() !== '.csv') {
			problems.push({ severity: 'warning', file, message: 'filen är inte en CSV-fil och används inte.', hint: 'Spara från Excel som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)".' });
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
		for (const e of yaml.errors) {
			problems.push({
				severity: 'error',
				file,
				line: e.line,
				message: `YAML-fel: ${e.message}`,
				hint: 'Kontrollera kolon, indrag och citattecken; en text med kolon i skrivs inom citattecken.',
			});
		}
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const { message, hint } = describeIssue(issue);
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
		problems.push({
			severity: 'error',
			file,
			line: yaml.lineOf(path),
			field: fieldName(path),
			message,
			hint,
		});
	}
	return undefined;
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
