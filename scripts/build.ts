/**
 * Builds the site: validates the whole content tree first (every problem at once), builds with
 * Astro into a temporary folder, and replaces `dist/` only when everything succeeded, so a
 * failed build never leaves a half-written site behind.
 *
 *   npm run build                                   # content/ → dist/
 *   MALBILD_CONTENT=examples/smedjebacken npm run build
 *   MALBILD_DIST=out npm run build                  # another output folder
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, validateContent } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { shareModel } from '../src/lib/site.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dir = contentDir();
const dist = path.resolve(process.env.MALBILD_DIST || 'dist');

const timings: Record<string, number> = {};
let phaseStart = performance.now();
/** Records how long a phase took, for `npm run bench` (MALBILD_TIMINGS names a JSON file). */
const phase = (name: string) => {
	const now = performance.now();
	timings[name] = Math.round(now - phaseStart);
	phaseStart = now;
};

console.log(`Målbild: kontrollerar ${path.relative(process.cwd(), dir) || '.'} …`);
const { model, problems } = validateContent(dir);
phase('validate');
if (problems.length) console.log(formatProblems(problems));
if (!model) {
	console.error(`\nBygget stoppades: rätta felen ovan. ${existsSync(dist) ? `Den tidigare byggda webbplatsen i ${path.relative(process.cwd(), dist)}/ är orörd.` : ''}`);
	process.exit(1);
}
console.log(`Innehållet är giltigt: ${model.areas.length} ${model.site.levels.area.plural.toLowerCase()}, ${model.indicators.length} ${model.site.levels.indicator.plural.toLowerCase()}.`);

const work = path.resolve('.malbild');
mkdirSync(work, { recursive: true });
removeAbandoned(work);
const staging = path.join(work, `build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
process.env.MALBILD_OUT_DIR = staging;
// Astro renders the pages in this process: hand it the model instead of reading the tree twice.
shareModel(model);

try {
	const { build } = await import('astro');
	await build({ root: process.cwd(), logLevel: process.env.MALBILD_LOG === 'debug' ? 'debug' : 'info' });
	phase('astro');
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nBygget misslyckades; ${existsSync(dist) ? `${path.relative(process.cwd(), dist)}/ är orörd` : 'ingen webbplats skrevs'}.`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

// Swap: the old site stays in place until the new one is complete.
const old = path.join(work, `old-${process.pid}`);
mkdirSync(path.dirname(dist), { recursive: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
phase('swap');
if (process.env.MALBILD_TIMINGS) writeFileSync(process.env.MALBILD_TIMINGS, JSON.stringify(timings));
console.log(`\nKlart: ${path.relative(process.cwd(), dist)}/. Förhandsgranska med: npm run preview`);

/** Removes the staging folders of builds that were killed before they could clean up. */
function removeAbandoned(folder: string) {
	for (const name of readdirSync(folder)) {
		const pid = Number(/^(?:build|old)-(\d+)$/.exec(name)?.[1]);
		if (pid && !isRunning(pid)) rmSync(path.join(folder, name), { recursive: true, force: true });
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
