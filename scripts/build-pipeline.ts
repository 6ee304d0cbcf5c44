/**
 * The build (run by scripts/build.ts): validates the whole content tree first (every problem at
 * once), builds with Astro into a staging folder while a worker thread writes the downloads,
 * removes what an earlier site left there, indexes the pages for search (Pagefind), checks that
 * every page is there, and replaces `dist/`
 * only when all of that succeeded, so a failed or interrupted build never leaves a half-written
 * site behind (src/lib/publish.ts).
 *
 * MALBILD_TIMINGS names a JSON file for each phase's time in milliseconds (`npm run bench`);
 * `astro:pages` is the part of the Astro phase spent rendering the pages.
 * MALBILD_LOG=info (or debug) shows Astro's own log, a line for every file it writes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKey } from '../src/lib/build-key.ts';
import { contentDir, validateContent } from '../src/lib/content/validate.ts';
import { formatNumber } from '../src/lib/format/number.ts';
import { writeDownloads } from '../src/lib/model/write-downloads.ts';
import { expectedFiles, missingFiles } from '../src/lib/model/output.ts';
import { pagesTimer } from '../src/lib/pages-timer.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { claimStaging, clearAbandoned, swap, type Staging } from '../src/lib/publish.ts';
import { indexSite, SEARCH_DIR } from '../src/lib/search/index-site.ts';
import { searchablePages } from '../src/lib/search/pages.ts';
import { shareModel } from '../src/lib/site.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dir = contentDir();
const dist = path.resolve(process.env.MALBILD_DIST || 'dist');
const shownDist = path.relative(process.cwd(), dist);
const work = path.resolve('.malbild');

const timings: Record<string, number> = {};
// performance.now() counts from the start of the process: the first phase is Node's own start.
let phaseStart = 0;
/** Records how long a phase took, for `npm run bench` (MALBILD_TIMINGS names a JSON file). */
const phase = (name: string) => {
	const now = performance.now();
	timings[name] = Math.round(now - phaseStart);
	phaseStart = now;
};
phase('start');

// What earlier builds left behind and is not kept for this one to write over is removed in a
// worker thread while this one validates.
const cleared = clearAbandoned(work);

console.log(`Målbild: kontrollerar ${path.relative(process.cwd(), dir) || '.'} …`);
const { model, problems } = validateContent(dir);
phase('validate');
if (problems.length) console.log(formatProblems(problems));
if (!model) {
	console.error(`\nBygget stoppades: rätta felen ovan. ${existsSync(dist) ? `Den tidigare byggda webbplatsen i ${shownDist}/ är orörd.` : ''}`);
	await cleared;
	process.exit(1);
}
console.log(`Innehållet är giltigt: ${model.areas.length} ${model.site.levels.area.plural.toLowerCase()}, ${model.indicators.length} ${model.site.levels.indicator.plural.toLowerCase()}.`);

const key = buildKey(dir);
const staging: Staging = claimStaging(work, key);
// Stopped with Ctrl-C or by a CI timeout: leave no half-built folder. (A process killed outright
// cannot clean up; the next build does.)
const stopped = (signal: NodeJS.Signals) => {
	staging.release();
	console.error(`\nBygget avbröts; ${existsSync(dist) ? `${shownDist}/ är orörd` : 'ingen webbplats skrevs'}.`);
	process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', stopped).on('SIGTERM', stopped);
process.env.MALBILD_OUT_DIR = staging.folder;
// Astro renders the pages in this process: hand it the model instead of reading the tree twice.
shareModel(model, { writesDownloads: true });

// The downloads are written beside Astro's build, by a worker thread.
const downloads = writeDownloads(model.indicators, staging.folder);
try {
	const { build } = await import('astro');
	console.log('Bygger sidorna …');
	// Astro's log names every file it writes, 8 000 lines at 2 000 indicators, side by side as the
	// pages are written in parallel: nothing an editor can use, and writing them took a few per cent
	// of the build (docs/performance.md, item 33). Its warnings and errors still show.
	let pagesStart = 0;
	const pagesTimed = pagesTimer(
		() => (pagesStart = performance.now()),
		() => (timings['astro:pages'] = Math.round(performance.now() - pagesStart)),
	);
	await build({ root: process.cwd(), logLevel: astroLogLevel(process.env.MALBILD_LOG), integrations: [pagesTimed] });
	phase('astro');
	const expected = expectedFiles(model);
	console.log(`${formatNumber(expected.filter((file) => file.endsWith('.html')).length, 0)} sidor på ${seconds(timings.astro!)}.`);
	await downloads.done;
	phase('downloads');
	// What an earlier site left in the staging folder and this build did not write over; its search
	// index stays, for the new one to be written over (indexSite).
	staging.sweep([SEARCH_DIR]);
	phase('sweep');
	// After the sweep, so that no page of the earlier site is indexed, and before the check, which
	// looks for the index too: a failed index fails the build and leaves the previous site in place.
	const { languages } = await indexSite(staging.folder, searchablePages(model));
	phase('search');
	console.log(`Sökindex: ${Object.entries(languages).map(([lang, n]) => `${formatNumber(n, 0)} sidor (${lang})`).join(', ')}, på ${seconds(timings.search!)}.`);
	const missing = missingFiles(expected, staging.folder);
	if (missing.length) throw new Error(`Sidor saknas i bygget: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` och ${missing.length - 10} till` : ''}.`);
	phase('check');
} catch (error) {
	await downloads.stop();
	staging.release();
	console.error(`\nBygget misslyckades; ${existsSync(dist) ? `${shownDist}/ är orörd` : 'ingen webbplats skrevs'}.`);
	console.error(error instanceof Error ? error.message : error);
	await cleared;
	process.exit(1);
}

// The old site stays in place until the new one is complete.
swap(work, key, staging, dist);
process.off('SIGINT', stopped).off('SIGTERM', stopped);
phase('swap');
await cleared;
phase('cleanup');
if (process.env.MALBILD_TIMINGS) writeFileSync(process.env.MALBILD_TIMINGS, JSON.stringify(timings));
console.log(`\nKlart: ${shownDist}/. Förhandsgranska med: ${process.env.MALBILD_DIST ? `MALBILD_DIST=${shownDist} ` : ''}npm run preview`);

/** Astro's level of logging: its warnings and errors, unless MALBILD_LOG asks for more. */
function astroLogLevel(asked: string | undefined): 'debug' | 'info' | 'warn' {
	return asked === 'debug' || asked === 'info' ? asked : 'warn';
}

/** A phase's time as an editor reads it: "6,6 s". */
function seconds(ms: number): string {
	return `${formatNumber(ms / 1000, 1)} s`;
}
