const BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a file saved as UTF-16, which it says by its first two bytes: Excel's "Unicode-text"
 * and Notepad's "Unicode" save that way. Undefined for any other file.
 */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
	const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
	return encoding && new TextDecoder(encoding).decode(bytes);
}

/**
 * Turns a CSV file's bytes into text. Excel on Windows still saves "CSV" in Windows-1252, so bytes
 * that are not valid UTF-8 are read as that instead of becoming replacement characters.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
	const utf16 = decodeUtf16(bytes);
	if (utf16 !== undefined) return utf16;
	const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(BOM.length) : bytes;
	try {
		// ignoreBOM: the BOM is already gone, and a second one would be content.
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		return new TextDecoder('windows-1252').decode(body);
	}
}
