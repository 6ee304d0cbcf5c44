import { readFileSync } from 'node:fs';
import { decodeUtf16 } from '../data/decode.ts';
import { excerpt } from '../messages/excerpt.ts';
import { say, type Said } from '../messages/index.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * A content file's text. A file saved as Windows-1252 (Notepad's "ANSI") is not UTF-8: read as UTF-8
 * its å, ä and ö would reach the page as "�" without a word. It is read as Windows-1252 instead,
 * so the rest of its mistakes can still be found, and `problem` says where the first such letter is.
 */
export function readText(full: string): { text: string; problem?: { line: number } & Said } {
	const bytes = readFileSync(full);
	const utf16 = decodeUtf16(bytes);
	if (utf16 !== undefined) return { text: utf16 };
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		const text = windows1252.decode(bytes);
		const lines = text.split(/\r?\n/);
		const index = Math.max(0, lines.findIndex((line) => /[^\x00-\x7f]/.test(line)));
		return { text, problem: { line: index + 1, ...say('notUtf8', { text: excerpt(lines[index]!) }) } };
	}
}
