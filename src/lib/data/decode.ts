const BOM = [0xef, 0xbb, 0xbf];

/**
 * Turns a CSV file's bytes into text. Excel on Windows still saves "CSV" in Windows-1252, so bytes
 * that are not valid UTF-8 are read as that instead of becoming replacement characters.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
	const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(BOM.length) : bytes;
	try {
		// ignoreBOM: the BOM is already gone, and a second one would be content.
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		return new TextDecoder('windows-1252').decode(body);
	}
}
