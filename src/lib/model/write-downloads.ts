import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { siteCsvParts } from '../open-data/site-data.ts';
import { paths } from '../urls.ts';
import type { IndicatorNode } from './build.ts';
import { downloadRows, toCsv, toJson } from './download.ts';

/**
 * The worker: creates the folders, writes the files and appends to the files it is sent, in order,
 * then says it is done.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
parentPort.on('message', (batch) => {
	if (batch === null) return parentPort.postMessage('done');
	for (const [file, text, append] of batch) {
		if (text === null) mkdirSync(file, { recursive: true });
		else if (append) appendFileSync(file, text);
		else writeFileSync(file, text);
	}
});
`;

/** A folder to create (text null), a file to write, or text to append to one. */
type Job = [file: string, text: string | null, append?: true];

/** How many indicators' files are made between two turns of the event loop. */
const BATCH = 25;

export interface DownloadWriter {
	/** Resolves when every file is written; rejects when one could not be. */
	done: Promise<number>;
	/** Stops writing (a failed build): resolves when the worker has stopped. */
	stop(): Promise<void>;
}

/**
 * Writes every indicator's CSV and JSON download into a built site, at the addresses the download
 * routes have (`indikatorer/<id>.csv` and `.json`), and every observation in `data.csv`: the same
 * bytes as the routes give. The build script runs this beside Astro's build. The texts are made here, a few indicators at a time so
 * that Astro's work goes on in between; a worker thread writes the files, so that creating
 * thousands of files, which is slow on a busy disk, never holds up this thread.
 */
export function writeDownloads(indicators: readonly IndicatorNode[], outDir: string): DownloadWriter {
	const withData = indicators.filter((i) => i.dataset);
	const worker = new Worker(WRITER, { eval: true });
	const done = new Promise<number>((resolve, reject) => {
		worker.on('message', () => {
			resolve(withData.length * 2 + 1);
			void worker.terminate();
		});
		worker.on('error', reject);
		worker.on('exit', (code) => reject(new Error(`Nedladdningsfilerna skrevs inte klart (kod ${code}).`)));
	});
	done.catch(() => {});
	let stopped = false;
	const siteCsv = path.join(outDir, paths.siteCsv());
	const feed = async () => {
		const csv = siteCsvParts(indicators);
		const first: Job[] = [[path.join(outDir, path.dirname(paths.indicatorCsv('x'))), null], [siteCsv, csv.header]];
		worker.postMessage(first);
		for (let start = 0; start < withData.length && !stopped; start += BATCH) {
			const batch: Job[] = [];
			const rows: string[] = [];
			for (const i of withData.slice(start, start + BATCH)) {
				// Made once for all three files.
				const own = downloadRows(i);
				batch.push([path.join(outDir, paths.indicatorCsv(i.id)), toCsv(i, own)], [path.join(outDir, paths.indicatorJson(i.id)), toJson(i, own)]);
				rows.push(csv.rows(i, own));
			}
			batch.push([siteCsv, rows.join(''), true]);
			worker.postMessage(batch);
			await setImmediate();
		}
		if (!stopped) worker.postMessage(null);
	};
	void feed();
	return {
		done,
		async stop() {
			stopped = true;
			await worker.terminate();
		},
	};
}
