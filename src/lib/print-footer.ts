/** A text as a CSS string literal: quotes and backslashes escaped, line breaks as \A, nothing else can end it. */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ').replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/**
 * The print edition's running footer: the organisation and title on the left, the page number and
 * count on the right, in the page margin boxes that Chromium (131 and later) prints. A stylesheet of
 * its own because the text comes from site.yaml and the site's Content-Security-Policy allows no
 * inline style.
 */
export function printFooterCss(organisation: string, title: string): string {
	return [
		'@media print {',
		'\t@page {',
		`\t\t@bottom-left { content: ${cssString(`${organisation} · ${title}`)}; font: 8pt system-ui, sans-serif; color: #444; }`,
		'\t\t@bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }',
		'\t}',
		'\t@page :first {',
		'\t\t@bottom-left { content: none; }',
		'\t\t@bottom-right { content: none; }',
		'\t}',
		'}',
		'',
	].join('\n');
}
