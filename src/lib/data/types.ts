/** A period as written in the CSV: a year, a school year or a rolling period, ordered in time. */
export interface Period {
	/** Exactly as in the file: "2023", "2023/24", "2003-05". */
	label: string;
	/** The first calendar year it covers. */
	start: number;
	/** The last calendar year it covers (same as `start` for a plain year). */
	end: number;
}

/** One row of a tidy CSV. */
export interface Observation {
	period: Period;
	/** The `Series`/`Serie` cell, when the file has that column and the cell is not blank. */
	series?: string;
	/** The `Units`/`Enhet` cell, when present and not blank. */
	unit?: string;
	/** Disaggregation column → value, for the non-blank cells only; empty for a headline row. */
	dimensions: Record<string, string>;
	/** The `GeoCode` cell, when present and not blank. */
	geoCode?: string;
	/** The number, or null when the cell is a missing-value marker (never zero). */
	value: number | null;
	/** The value cell exactly as in the file, for messages. */
	text: string;
	/** How many decimals the source wrote, so the table shows the value as given. */
	decimals: number;
	/** True when the source cell ended in "%". */
	percent: boolean;
	/** Annotation columns (Observation status, Unit multiplier, COMMENT_OBS…) → their non-blank text. */
	notes: Record<string, string>;
	/** The line of the row in the file, 1-based (the header is line 1). */
	line: number;
}

/** A parsed indicator data file. */
export interface Dataset {
	/** The file name relative to the content tree, e.g. "data/besokare.csv". */
	file: string;
	/** The disaggregation columns, in file order (not Year, Series, Units, GeoCode, annotations, Value). */
	dimensions: string[];
	/** The annotation columns present, in file order. */
	noteColumns: string[];
	/** Whether the file has a Series column / a Units column. */
	hasSeries: boolean;
	hasUnits: boolean;
	/** Every row, in file order. */
	observations: Observation[];
}
