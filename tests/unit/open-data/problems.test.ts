/**
 * Without the site's public address, dcat.rdf is left out with a warning in both languages, which
 * also says that the sitemap and the embed code get paths only; the build goes on.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/problems.ts';
import { openDataProblems, warnNoAddress } from '../../../src/lib/open-data/problems.ts';

describe('openDataProblems', () => {
	it('warns (never an error) when the site has no address, naming site.yaml’s url and MALBILD_SITE', () => {
		const problems = openDataProblems(undefined);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ severity: 'warning', file: 'site.yaml', field: 'url' });
		expect(formatProblems(problems)).toBe(
			[
				'1 varning:',
				'  ! site.yaml, fältet url: webbplatsens adress saknas. Därför skrivs datakatalogen dcat.rdf inte, och sitemap.xml och koden för att bädda in diagram får bara sökvägar, som inte fungerar utanför webbplatsen. Resten byggs som vanligt. Tips: Skriv webbplatsens adress i url, t.ex. url: https://mal.kommun.se/, eller sätt MALBILD_SITE när du bygger.',
			].join('\n'),
		);
		expect(formatProblems(problems, 'en')).toMatch(/^1 warning:\n {2}! site\.yaml, field url: the site's address is missing\. So the data catalogue dcat\.rdf is not written, and sitemap\.xml and the embed code get paths only.* Hint: .*MALBILD_SITE/);
	});

	it('has nothing to say when the address is known', () => {
		expect(openDataProblems('https://mal.kommun.se/')).toEqual([]);
	});

	it('prints the warning once, however often the route asks', () => {
		const printed: string[] = [];
		warnNoAddress((text) => printed.push(text));
		warnNoAddress((text) => printed.push(text));
		expect(printed).toHaveLength(1);
		expect(printed[0]).toMatch(/dcat\.rdf inte|dcat\.rdf is not written/);
	});
});
