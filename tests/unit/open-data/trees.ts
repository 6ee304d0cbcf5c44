/**
 * Content trees for the open-data tests: the valid fixture, and copies of it with a Kolada source
 * (a computed rank row among the values), a contact block, and titles that need escaping.
 */
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Model } from '../../../src/lib/model/build.ts';
import { brokenTree, replace, VALID, write, type Edit } from '../content/helpers.ts';

export { removeTrees } from '../content/helpers.ts';

const NOW = new Date('2025-06-01');

/** The model of a tree; fails the test when the tree has an error. */
export function modelOf(dir: string): Model {
	const { model, problems } = validateContent(dir, { now: NOW });
	if (!model) throw new Error(`the tree has errors: ${problems.map((p) => p.message).join('; ')}`);
	return model;
}

/** The valid fixture: Provstads kommun, three indicators, two with data (one with a Jämförelse column). */
export const validModel = () => modelOf(VALID);

/** The rank the Kolada import writes for a computed value, in COMMENT_OBS. */
export const RANK_NOTE = 'Plats 3 av 290 (alla kommuner), kvartil 1. Egen bearbetning av data från Kolada.';

/** besokare from Kolada, its 2023 Utsläpp value a computed rank. */
export const koladaEdits: Edit[] = [
	replace('indicators/besokare.md', 'data: besokare.csv', 'data: besokare.csv\nsource:\n  name: Kolada\n  kolada: N00001'),
	write(
		'data/besokare.csv',
		['Year,Series,Units,COMMENT_OBS,Value', '2021,Gästnätter,antal,,1000', '2022,Gästnätter,antal,,1200', '2023,Gästnätter,antal,,1500', '2021,Utsläpp,ton,,50', '2022,Utsläpp,ton,,45', `2023,Utsläpp,ton,"${RANK_NOTE}",40`, ''].join('\n'),
	),
];

/** A contact block with e-mail and phone, the publisher a region, a CC BY licence. */
export const contactEdits: Edit[] = [
	replace(
		'site.yaml',
		'brandColor: "#1f4e79"',
		[
			'brandColor: "#1f4e79"',
			'contact:',
			'  name: Provstads kommun',
			'  unit: Kansliet',
			'  phone: 0123-45 67 89',
			'  email: kansli@provstad.se',
			'publisher:',
			'  name: Region Provstad',
			'  type: regional-authority',
			'license: https://creativecommons.org/licenses/by/4.0/',
		].join('\n'),
	),
];

/** Titles with every character XML and CSV must escape. */
export const trickyEdits: Edit[] = [
	replace('site.yaml', 'title: Målbild Provstad', 'title: "Mål & mått <2025> \\"citat\\""'),
	replace('indicators/resultat.md', 'title: Resultat över rikets', 'title: "Resultat, \\"över\\" <rikets> & mer"'),
];

export const tree = (...edits: Edit[]) => brokenTree(...edits);
