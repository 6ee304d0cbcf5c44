/**
 * Without the site's public address, dcat.rdf is left out with a warning in both languages; the
 * build goes on.
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
				'  ! site.yaml, fältet url: webbplatsens adress saknas, så datakatalogen dcat.rdf skrivs inte (den kräver fullständiga adresser). Övriga filer för öppna data skrivs som vanligt. Tips: Skriv webbplatsens adress i url, t.ex. url: https://mal.kommun.se/, eller sätt MALBILD_SITE när du bygger.',
			].join('\n'),
		);
		expect(formatProblems(problems, 'en')).toMatch(/^1 warning:\n {2}! site\.yaml, field url: the site's address is missing, so the data catalogue dcat\.rdf is not written .* Hint: .*MALBILD_SITE/);
	});

	it('has nothing to say when the address is known', () => {
		expect(openDataProblems('https://mal.kommun.se/')).toEqual([]);
	});

	it('prints the warning once, however often the route asks', () => {
		const printed: string[] = [];
		warnNoAddress((text) => printed.push(text));
		warnNoAddress((text) => printed.push(text));
		expect(printed).toHaveLength(1);
		expect(printed[0]).toMatch(/dcat\.rdf skrivs inte|dcat\.rdf is not written/);
	});
});
