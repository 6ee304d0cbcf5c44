/** `dialog.en.md` → { id: "dialog", locale: "en", ext: ".md" }; an ordinary entry's name gives undefined. */
export function translationName(name: string): { id: string; locale: string; ext: string } | undefined {
	const match = /^(.+)\.([a-z]{2})(\.mdx?)$/.exec(name);
	return match ? { id: match[1]!, locale: match[2]!, ext: match[3]! } : undefined;
}
