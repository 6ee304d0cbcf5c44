import { describe, expect, it } from 'vitest';
import { mdxProblems } from '../../../src/lib/content/mdx-body.ts';

/** The problems of a body starting on line 5 of its file, as "line: message Tips: hint". */
const problems = (body: string) => mdxProblems(body, 5).map((p) => `${p.line}: ${p.message}${p.hint ? ` Tips: ${p.hint}` : ''}`);

describe('mdxProblems', () => {
	it.each<[string, string, string[]]>([
		['an HTML comment', 'Hej\n\n<!-- TODO -->\n', ['7: <!-- … --> är ingen kommentar i en .mdx-fil, och sidan kan inte byggas med den. Tips: Skriv kommentaren så här: {/* text */}.']],
		['an unclosed <br>, at its own line', 'Adress:\nStorgatan 1<br>\nRad 2\n', ['6: taggen <br> stängs aldrig: i en .mdx-fil måste varje HTML-tagg stängas. Tips: Skriv <br /> i stället för <br>.']],
		['an unclosed <div> at the end of the file', 'Text\n\n<div>\n\nx\n', ['7: taggen <div> stängs aldrig: i en .mdx-fil måste varje HTML-tagg stängas. Tips: Skriv </div> där den ska sluta, eller ta bort taggen.']],
		['a closing tag without an opening one', 'x </p>\n', ['5: en sluttagg (</…>) står utan någon öppnande tagg före sig: "x </p>". Tips: Ta bort sluttaggen, eller skriv den öppnande taggen före den.']],
		['braces around words', 'Öppet {mellan 8 och 16}.\n', ['5: tecknet { börjar kod i en .mdx-fil, och det som står efter det är inte kod: "Öppet {mellan 8 och 16}.". Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller använd vanliga parenteser.']],
		['an unclosed brace', 'Text\n{\n', ['6: tecknet { börjar kod i en .mdx-fil, och det som står efter det är inte kod: "{". Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller använd vanliga parenteser.']],
		['braces that compute something else', 'Ring oss vardagar {8-16}.\n', ['5: {8-16} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.']],
		['a name in braces', 'Kontakt:\n\n{kansli}\n', ['7: {kansli} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.']],
		['code in an attribute', '<a href={adress}>Kartan</a>\n', ['5: {adress} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.']],
		['an address in angle brackets', 'Se <https://kommun.se>.\n', ['5: en adress inom < och > läses som en HTML-tagg i en .mdx-fil: "Se <https://kommun.se>.". Tips: Skriv länken som [text](https://…) eller [info@kommun.se](mailto:info@kommun.se), eller skriv adressen utan < och >.']],
		['an e-mail address in angle brackets', 'Mejla <info@kommun.se>\n', ['5: en adress inom < och > läses som en HTML-tagg i en .mdx-fil: "Mejla <info@kommun.se>". Tips: Skriv länken som [text](https://…) eller [info@kommun.se](mailto:info@kommun.se), eller skriv adressen utan < och >.']],
		['a less-than sign', 'Värdet ska vara <5 procent.\n', ['5: tecknet < börjar en HTML-tagg i en .mdx-fil, men det som följer är ingen tagg: "Värdet ska vara <5 procent.". Tips: Skriv \\< om tecknet ska synas på sidan, eller skriv "mindre än".']],
		['a component that does not exist', 'Karta:\n\n<Karta />\n', ['7: komponenten <Karta> finns inte: Målbild har inga egna komponenter för sidorna. Tips: Ta bort taggen, eller skriv \\< om tecknet < ska synas på sidan.']],
		['a component named with a dot', '<karta.ruta />\n', ['5: komponenten <karta.ruta> finns inte: Målbild har inga egna komponenter för sidorna. Tips: Ta bort taggen, eller skriv \\< om tecknet < ska synas på sidan.']],
		['a line starting with import that is not code', 'import av varor ökar\n', ['5: en rad som börjar med import eller export är kod i en .mdx-fil, och den här går inte att läsa: "import av varor ökar". Tips: Skriv om raden så att den inte börjar med ordet import eller export.']],
		['a long line, quoted short', `Detta är en mycket lång rad med ett mindre-än-tecken mot slutet, <3 och mer text efter.\n`, ['5: tecknet < börjar en HTML-tagg i en .mdx-fil, men det som följer är ingen tagg: "Detta är en mycket lång rad med ett mindre-än-tecken mot sl…". Tips: Skriv \\< om tecknet ska synas på sidan, eller skriv "mindre än".']],
		['several expressions, each', '{a}\n\nText {b}.\n', ['5: {a} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.', '7: {b} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.']],
	])('finds %s', (_name, body, expected) => {
		expect(problems(body)).toEqual(expected);
	});

	it.each<[string, string]>([
		['plain Markdown', '# Rubrik\n\nText med **fetstil**, [en länk](https://kommun.se) och en lista:\n\n- a\n- b\n'],
		['a table', '| År | Värde |\n| --- | --- |\n| 2024 | 5 |\n'],
		['closed HTML tags', 'Storgatan 1<br />\n\n<div class="ruta">\n\nText\n\n</div>\n\n<abbr title="Sveriges Kommuner och Regioner">SKR</abbr>\n'],
		['escaped braces and a less-than sign', 'Öppet \\{8–16\\}, mindre än \\<5.\n'],
		['an MDX comment', '{/* Uppdateras i januari. */}\n\nText.\n'],
		['a custom element with a hyphen', '<malbild-ruta>Text</malbild-ruta>\n'],
		['inline SVG, whose element names have capitals inside', '<svg viewBox="0 0 10 10"><linearGradient id="g" /><rect width="10" height="10" /></svg>\n'],
		['a page that imports its own component (the web team\'s)', "import Karta from '../../src/Karta.astro';\n\n<Karta zoom={3} />\n"],
		['an empty body', ''],
	])('accepts %s', (_name, body) => {
		expect(problems(body)).toEqual([]);
	});

	it('words every problem in English too', () => {
		const [problem] = mdxProblems('Ring {8-16}.\n', 1);
		expect(problem!.en).toEqual({
			message: '{8-16} is code in an .mdx file: the page would show what the code computes, not what is written.',
			hint: 'Write \\{ and \\} if the braces should show on the page, or remove them. A comment is written {/* text */}.',
		});
	});
});
