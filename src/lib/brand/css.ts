/**
 * brand.css: the colours that depend on site.yaml, for both colour schemes. The rest of the
 * palette is static in src/styles/global.css.
 */
import { palette, targetColour } from '../model/chart-style.ts';
import { DARK, darkVariant } from './check.ts';
import { contrast, suggest, TEXT_CONTRAST } from './contrast.ts';

/**
 * A chart colour for the dark background: the same hue, lightened. WCAG asks 3:1 of graphics;
 * lines at 3:1 on near-black look dim beside the text, so they get the text's 4.5:1.
 */
export function darkChartColour(hex: string): string {
	return suggest(hex, (c) => contrast(c, DARK.bg) >= TEXT_CONTRAST && contrast(c, DARK.surface) >= TEXT_CONTRAST, 'lighter') ?? '#ffffff';
}

/**
 * The stylesheet: `--brand` is the header's background in both schemes (under white text);
 * `--brand-text` is for links and borders on the page's background, the lighter variant in
 * the dark scheme. The check has made sure both pass; without a dark variant the build stopped.
 */
export function brandCss(brand: string): string {
	const dark = darkVariant(brand) ?? '#ffffff';
	const lines = (colours: readonly string[], target: string) =>
		[...colours.map((c, i) => `--chart-line-${i + 1}:${c}`), `--chart-target:${target}`].join(';');
	return [
		`:root{--brand:${brand};--brand-text:${brand};--chart-line-0:${brand};${lines(palette, targetColour)}}`,
		`@media screen and (prefers-color-scheme:dark){:root{--brand-text:${dark};--chart-line-0:${dark};${lines(palette.map(darkChartColour), darkChartColour(targetColour))}}}`,
		'',
	].join('\n');
}
