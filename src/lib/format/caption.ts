/**
 * A chart's and a table's caption: the title, then the unit unless it is "%" (the values say it)
 * or the title already names it ("Planberedskap för bostäder" in bostäder). A title written as a
 * sentence loses its full stop first, or the caption would read
 * "Årlig ökning av internationella besökare., gästnätter".
 */
export function captionOf(title: string, unit?: string): string {
	const bare = title.trim().replace(/(?<!\.)\.$/, '');
	return unit && unit !== '%' && !names(bare, unit) ? `${bare}, ${unit}` : bare;
}

/** Whether `text` has `word` as a word of its own, in any letter case. */
function names(text: string, word: string): boolean {
	const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
