/** A line of an editor's file as a message quotes it: trimmed, and cut at 60 characters. */
export function excerpt(line: string): string {
	const text = line.trim();
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
