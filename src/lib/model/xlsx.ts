/**
 * A one-sheet Excel workbook (.xlsx) of plain cells: text and numbers, nothing else. It exists
 * because a CSV with a comma and a decimal point opens as one column of text in Excel set to
 * Swedish; a workbook opens the same in every language. Written here, not with write-excel-file,
 * because that library stamps each file with the time it was made, and a build must give the same
 * bytes every time (docs/performance.md). It was also slower: 2.1–2.4 ms a file of 60 rows against
 * 0.7 ms for this (docs/performance.md, item 40).
 * The parts are the smallest set Excel and LibreOffice open: content types, two relationship
 * files, the workbook and the sheet, with strings inline (no shared-string table to keep).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type Cell = string | number | null;

/** A workbook of one sheet: its rows of cells (the first row the header) and the sheet's name. */
export interface Workbook {
	rows: Cell[][];
	sheet: string;
}

/** Every file in the package gets this time, so two builds give the same bytes (the earliest a ZIP can hold). */
const FIXED_TIME = new Date(1980, 0, 1);

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const CONTENT_TYPES =
	`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
	'<Default Extension="xml" ContentType="application/xml"/>' +
	'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
	'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
	'</Types>';
const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

// XML 1.0 allows no control characters but tab and line breaks; a cell with one would make the file unreadable.
// eslint-disable-next-line no-control-regex
const escapeXml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "A", "B", … "Z", "AA": the column's letters in a cell reference. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

function cell(value: Cell, ref: string): string {
	if (value === null || value === '') return '';
	if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** Column widths from the longest text in each column, so nothing is cut off when the file opens. */
function columns(rows: readonly (readonly Cell[])[]): string {
	const widths: number[] = [];
	for (const row of rows) row.forEach((v, i) => (widths[i] = Math.max(widths[i] ?? 0, v === null ? 0 : String(v).length)));
	return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, w + 2))}" customWidth="1"/>`).join('')}</cols>`;
}

/** The workbook's file: one sheet, its first row frozen as the header. */
export function toXlsx({ rows, sheet: sheetName }: Workbook): Uint8Array {
	const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${columnName(c)}${r + 1}`)).join('')}</row>`).join('');
	const sheet =
		`${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
		`${columns(rows)}<sheetData>${body}</sheetData></worksheet>`;
	// A sheet name has at most 31 characters and none of []:*?/\.
	const name = escapeXml(sheetName.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Data');
	const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
	const files: Zippable = {
		'[Content_Types].xml': strToU8(CONTENT_TYPES),
		'_rels/.rels': strToU8(ROOT_RELS),
		'xl/workbook.xml': strToU8(workbook),
		'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
		'xl/worksheets/sheet1.xml': strToU8(sheet),
	};
	return zipSync(files, { mtime: FIXED_TIME, level: 6 });
}
