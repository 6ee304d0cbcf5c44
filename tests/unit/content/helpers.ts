import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Lang } from '../../../src/lib/messages/index.ts';
import { formatProblem, type Problem } from '../../../src/lib/problems.ts';

/** The minimal valid content tree every broken tree is made from. */
export const VALID = path.resolve(import.meta.dirname, '../../fixtures/content/valid');

/** One small change to a copy of the valid tree, relative to the tree's root. */
export type Edit = (dir: string) => void;

/** Replaces `from` (which must occur exactly once) with `to` in `file`. */
export const replace =
	(file: string, from: string, to: string): Edit =>
	(dir) => {
		const full = path.join(dir, file);
		const text = readFileSync(full, 'utf8');
		expect(text.split(from).length - 1, `"${from}" ska finnas en gång i ${file}`).toBe(1);
		writeFileSync(full, text.replace(from, to));
	};

/** Writes `file` with `text`, creating or overwriting it. */
export const write =
	(file: string, text: string): Edit =>
	(dir) =>
		writeFileSync(path.join(dir, file), text);

/** Removes `file`. */
export const remove =
	(file: string): Edit =>
	(dir) =>
		rmSync(path.join(dir, file));

/** Renames `from` to `to`. */
export const rename =
	(from: string, to: string): Edit =>
	(dir) =>
		renameSync(path.join(dir, from), path.join(dir, to));

/** Saves `file` again as Windows-1252 (Notepad's "ANSI"), as an editor's older tools do. */
export const saveAsWindows1252 =
	(file: string): Edit =>
	(dir) =>
		writeFileSync(path.join(dir, file), Buffer.from(readFileSync(path.join(dir, file), 'utf8'), 'latin1'));

/** Saves `file` again as UTF-16 with its byte order mark, as Excel's "Unicode-text" and Notepad's "Unicode" do. */
export const saveAsUtf16 =
	(file: string): Edit =>
	(dir) =>
		writeFileSync(path.join(dir, file), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path.join(dir, file), 'utf8'), 'utf16le')]));

/** Copies `from` to `to`. */
export const copy =
	(from: string, to: string): Edit =>
	(dir) =>
		cpSync(path.join(dir, from), path.join(dir, to));

const made: string[] = [];

/** A copy of the valid tree in a fresh temporary folder, with `edits` applied in order. */
export function brokenTree(...edits: Edit[]): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'malbild-content-'));
	made.push(dir);
	cpSync(VALID, dir, { recursive: true });
	for (const edit of edits) edit(dir);
	return dir;
}

/** Removes every tree `brokenTree` made. */
export function removeTrees(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A problem as the build prints it, `✗` for an error and `!` for a warning; the temporary folder reads `<mapp>`. */
export function line(p: Problem, dir: string, lang: Lang = 'sv'): string {
	return `${p.severity === 'error' ? '✗' : '!'} ${formatProblem(p, lang)}`.replaceAll(dir, '<mapp>');
}

/** Validates `dir` and returns every problem as printed. */
export function problemLines(dir: string, lang: Lang = 'sv', now?: Date): string[] {
	return validateContent(dir, { now }).problems.map((p) => line(p, dir, lang));
}
