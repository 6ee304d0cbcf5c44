import { linker } from '../open-data/address.ts';

/** Escapes text for an HTML attribute value in double quotes (and for the text of `<code>`). */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
	/** The embed page, site-relative: `indikatorer/<id>/inbaddning/`. */
	sitePath: string;
	/** The site's base path, e.g. "/" or "/malbild/". */
	base: string;
	/** The site's public address (`url` in site.yaml or MALBILD_SITE), when known. */
	origin?: string | URL;
	/** The iframe's accessible name: what a screen reader announces for the frame. */
	title: string;
	/** The frame's height in CSS pixels; the embed page fits 480 with one chart and a closed table. */
	height?: number;
}

export interface Snippet {
	/** The HTML to paste into another site. */
	html: string;
	/** Whether `src` is a full address; without the site's address it is a path that must be completed. */
	absolute: boolean;
	src: string;
}

/**
 * The iframe code offered on an indicator page. With the site's address the `src` is absolute, so
 * the code works pasted anywhere; without it the `src` is the path under the base path, and the
 * page says that the address must be put in front.
 */
export function embedSnippet({ sitePath, base, origin, title, height = 480 }: SnippetInput): Snippet {
	const src = linker(base, origin)(sitePath);
	const html = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
	return { html, absolute: Boolean(origin), src };
}
