/**
 * A chart's and a table's caption: the title, then the unit unless it is "%" (the values say it).
 * A title written as a sentence loses its full stop first, or the caption would read
 * "Årlig ökning av internationella besökare., gästnätter".
 */
export function captionOf(title: string, unit?: string): string {
	const bare = title.trim().replace(/(?<!\.)\.$/, '');
	return unit && unit !== '%' ? `${bare}, ${unit}` : bare;
}
