/**
 * The download writer's thread (src/lib/model/write-downloads.ts): creates the folders, writes the
 * files and appends to the files it is sent, in order, then says it is done. It also packs the Excel
 * workbooks, the one download that costs real work (compression), so that none of it is done on
 * the thread that renders the pages.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { toXlsx, type Workbook } from './xlsx.ts';

/** A folder to create (content null), a file to write (a text or a workbook), or text to append to one. */
export type Job = [file: string, content: string | null | Workbook, append?: true];

parentPort!.on('message', (batch: Job[] | null) => {
	if (batch === null) return parentPort!.postMessage('done');
	for (const [file, content, append] of batch) {
		if (content === null) mkdirSync(file, { recursive: true });
		else if (typeof content !== 'string') writeFileSync(file, toXlsx(content));
		else if (append) appendFileSync(file, content);
		else writeFileSync(file, content);
	}
});
