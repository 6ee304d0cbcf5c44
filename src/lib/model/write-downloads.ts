import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { siteCsvParts } from '../open-data/site-data.ts';
import { paths } from '../urls.ts';
import type { IndicatorNode } from './build.ts';
import { downloadRows, toCsv, toJson, workbookOf } from './download.ts';
import type { Job } from './download-worker.ts';

/** How many indicators' files are made between two turns of the event loop. */
const BATCH = 25;

export interface DownloadWriter {
	/** Resolves when every file is written; rejects when one could not be. */
	done: Promise<number>;
	/** Stops writing (a failed build): resolves when the worker has stopped. */
	stop(): Promise<void>;
}

/**
 * Writes every indicator's CSV, JSON and Excel download into a built site, at the addresses the
 * download routes have (`indikatorer/<id>.csv`, `.json` and `.xlsx`), and every observation in
 * `data.csv`: the same bytes as the routes give. The build script runs this beside Astro's build. The texts are made here, a few indicators at a time so
 * that Astro's work goes on in between; a worker thread writes the files, so that creating
 * thousands of files, which is slow on a busy disk, never holds up this thread.
 */
export function writeDownloads(indicators: readonly IndicatorNode[], outDir: string): DownloadWriter {
	const withData = indicators.filter((i) => i.dataset);
	const worker = new Worker(new URL('./download-worker.ts', import.meta.url));
	const done = new Promise<number>((resolve, reject) => {
		worker.on('message', () => {
			resolve(withData.length * 3 + 1);
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
				// Made once for all four files; the worker packs the workbook.
				const own = downloadRows(i);
				batch.push(
					[path.join(outDir, paths.indicatorCsv(i.id)), toCsv(i, own)],
					[path.join(outDir, paths.indicatorJson(i.id)), toJson(i, own)],
					[path.join(outDir, paths.indicatorXlsx(i.id)), workbookOf(i, own)],
				);
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
