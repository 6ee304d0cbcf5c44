/**
 * Shared by the build tests: where the test builds live, how a build is run, and a reader for the
 * content trees that works from the files themselves (never from the project's model), so the
 * tests check the product instead of repeating it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { buildKey } from '../../src/lib/build-key.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Everything the build tests write lives here (ignored by git through `.malbild/`). */
export const TEST_DIR = path.join(ROOT, '.malbild', 'test');

export interface TreeBuild {
	/** A short name for test titles. */
	name: string;
	/** The content tree, absolute. */
	content: string;
	/** The built site, absolute. */
	dist: string;
	/** MALBILD_BASE for the build; "/" when none. */
	base: string;
	/**
	 * MALBILD_SITE for the build: the site's public address, which dcat.rdf needs (neither example
	 * knows its real one, so the tests give a reserved .example address).
	 */
	site?: string;
}

export const builds = {
	malung: { name: 'Malung-Sälen', content: path.join(ROOT, 'content'), dist: path.join(TEST_DIR, 'malung'), base: '/', site: 'https://mal.malung-salen.example' },
	smedjebacken: { name: 'Smedjebacken', content: path.join(ROOT, 'examples', 'smedjebacken'), dist: path.join(TEST_DIR, 'smedjebacken'), base: '/', site: 'https://mal.smedjebacken.example' },
	malungBase: { name: 'Malung-Sälen under /malbild/', content: path.join(ROOT, 'content'), dist: path.join(TEST_DIR, 'malung-base'), base: '/malbild/', site: 'https://www.malung-salen.example' },
} satisfies Record<string, TreeBuild>;

/** Where the global setup keeps what a build printed. */
export const buildLog = (build: TreeBuild): string => `${build.dist}.log`;
/** Where the global setup keeps a build's phase times (MALBILD_TIMINGS). */
export const buildTimings = (build: TreeBuild): string => `${build.dist}.timings.json`;

/** The two trees built at the site root. */
export const rootBuilds: TreeBuild[] = [builds.malung, builds.smedjebacken];
/** Every build, the one under a base path included. */
export const allBuilds: TreeBuild[] = [builds.malung, builds.smedjebacken, builds.malungBase];

// ---------------------------------------------------------------------------------------------
// Running the build script

export interface RunResult {
	code: number | null;
	/** stdout and stderr interleaved as they arrived. */
	output: string;
	/** The child's pid, for what it may have left in the work folder (`leftBehind`). */
	pid: number;
}

export interface BuildEnv {
	MALBILD_CONTENT: string;
	MALBILD_DIST: string;
	MALBILD_BASE?: string;
	MALBILD_SITE?: string;
	SOURCE_DATE_EPOCH?: string;
	/** A JSON file for each phase's time, as `npm run bench` reads it. */
	MALBILD_TIMINGS?: string;
	/** Pagefind's own override of its binary: a broken one makes the search index fail. */
	PAGEFIND_BINARY_PATH?: string;
}

/** The child process's environment for a build: the caller's, without its MALBILD_* or test settings. */
export function buildEnv(env: Omit<BuildEnv, 'MALBILD_DIST'> & Partial<BuildEnv>): NodeJS.ProcessEnv {
	const childEnv: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (key.startsWith('MALBILD_') || key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST' || key === 'SOURCE_DATE_EPOCH') continue;
		childEnv[key] = value;
	}
	return Object.assign(childEnv, env, { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
}

/**
 * Runs `node scripts/build.ts` in the project with the given MALBILD_* variables and nothing else of
 * the caller's MALBILD_* or test settings, so a developer's shell cannot change what is tested.
 */
export function runBuild(env: BuildEnv): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, pid: child.pid! }));
	});
}

/** The build script's work folder, where it stages a site (src/lib/publish.ts). */
export const WORK_DIR = path.join(ROOT, '.malbild');

/**
 * What the build with this pid left in the work folder: its staging folder (the tree's shared one
 * while its lock names this build or names no one, or a folder of its own), its trash, and the
 * site it replaced (which a successful build leaves for the next one to remove).
 */
export function leftBehind(pid: number, env: Pick<BuildEnv, 'MALBILD_CONTENT' | 'MALBILD_BASE' | 'MALBILD_SITE'>): string[] {
	const staging = `staging-${buildKey(env.MALBILD_CONTENT, env)}`;
	const lock = path.join(WORK_DIR, `${staging}.pid`);
	const owner = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : undefined;
	const ours = [`build-${pid}`, `trash-${pid}`, `old-${pid}`, ...(owner === undefined || owner === pid ? [staging] : []), ...(owner === pid ? [`${staging}.pid`] : [])];
	return ours.filter((name) => existsSync(path.join(WORK_DIR, name)));
}

// ---------------------------------------------------------------------------------------------
// Reading the content trees from their files

export interface Levels {
	area: { singular: string; plural: string };
	goal?: { singular: string; plural: string };
	strategy?: { singular: string; plural: string };
	indicator: { singular: string; plural: string };
}

export interface SiteFile {
	organisation: string;
	title: string;
	levels: Levels;
	/** The languages published beside the default (src/lib/schema/site.ts). */
	locales?: string[];
	translations?: { en?: { title?: string; levels?: Partial<Levels> } };
}

export interface EntryFile {
	id: string;
	file: string;
	data: Record<string, unknown> & { title: string };
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** The entries of one folder of a content tree: one per .md/.mdx file, id = file name. */
export function entries(tree: string, folder: string): EntryFile[] {
	const dir = path.join(tree, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		// A translation (dialog.en.md) is no entry of its own: see translationFiles.
		.filter((name) => /\.mdx?$/.test(name) && !/\.[a-z]{2}\.mdx?$/.test(name) && !name.startsWith('.') && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const text = readFileSync(path.join(dir, name), 'utf8');
			const match = FRONT_MATTER.exec(text);
			if (!match) throw new Error(`${folder}/${name} has no front matter`);
			return { id: name.replace(/\.mdx?$/, ''), file: `${folder}/${name}`, data: parseYaml(match[1]!) };
		});
}

/** The indicators of a tree that belong to an area: named in their own `area`, or through their goal's. */
export function indicatorsOfArea(tree: string, area: string): EntryFile[] {
	const goals = new Map(entries(tree, 'goals').map((g) => [g.id, g.data.area]));
	return entries(tree, 'indicators').filter((i) => (i.data.area ?? goals.get(i.data.goal as string)) === area);
}

/** The translation files of one folder in one language (`dialog.en.md`), read as written, with the id of the entry they translate. */
export function translationFiles(tree: string, folder: string, locale: string): EntryFile[] {
	const dir = path.join(tree, folder);
	if (!existsSync(dir)) return [];
	const suffix = new RegExp(`\\.${locale}\\.mdx?$`);
	return readdirSync(dir)
		.filter((name) => suffix.test(name))
		.sort()
		.map((name) => {
			const match = FRONT_MATTER.exec(readFileSync(path.join(dir, name), 'utf8'));
			if (!match) throw new Error(`${folder}/${name} has no front matter`);
			return { id: name.replace(suffix, ''), file: `${folder}/${name}`, data: parseYaml(match[1]!) };
		});
}

export function siteFile(tree: string): SiteFile {
	return parseYaml(readFileSync(path.join(tree, 'site.yaml'), 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Reading a built site

/** Every file under a folder, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (sub: string) => {
		for (const name of readdirSync(path.join(dir, sub))) {
			const rel = sub ? `${sub}/${name}` : name;
			if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
			else out.push(rel);
		}
	};
	walk('');
	return out.sort();
}

/**
 * The site's pages: every .html file but admin/, the CMS for editors, which is an app and not a
 * page for readers (tests/e2e/admin.test.ts checks it).
 */
export function htmlFiles(dist: string): string[] {
	return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

const parsed = new Map<string, CheerioAPI>();

/** A built page, parsed (cached: the builds do not change while the tests run). */
export function page(dist: string, file: string): CheerioAPI {
	const full = path.join(dist, file);
	let $ = parsed.get(full);
	if (!$) {
		$ = load(readFileSync(full, 'utf8'));
		parsed.set(full, $);
	}
	return $;
}

export function raw(dist: string, file: string): string {
	return readFileSync(path.join(dist, file), 'utf8');
}

/**
 * Text as a reader sees it: runs of HTML white space as one space, trimmed. No-break spaces are
 * kept: "61 000" must stay one word.
 */
export function clean(text: string): string {
	return text.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Every directory and file under a folder with a hash of each file's bytes: equal fingerprints
 * mean the folder is byte-for-byte the same, and no folder or file was added or removed.
 */
export function fingerprint(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (sub: string) => {
		for (const name of readdirSync(path.join(dir, sub)).sort()) {
			const rel = sub ? `${sub}/${name}` : name;
			const full = path.join(dir, rel);
			if (statSync(full).isDirectory()) {
				out[`${rel}/`] = 'dir';
				walk(rel);
			} else {
				out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
			}
		}
	};
	walk('');
	return out;
}
