/**
 * dcat.rdf, parsed by an RDF/XML parser and checked against DCAT-AP-SE 3.0.1's mandatory
 * properties (tests/support/rdf.ts) for the catalogue, the publisher, every dataset and every
 * distribution, with absolute URIs under the site's address and base path.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { linker } from '../../../src/lib/open-data/address.ts';
import { dcatCatalogue, telUri, VOCAB } from '../../../src/lib/open-data/dcat.ts';
import { contactEdits, koladaEdits, modelOf, removeTrees, tree, trickyEdits, validModel } from './trees.ts';
import { dcat, dcterms, foaf, Graph, parseRdfXml, profileProblems, vcard } from '../../support/rdf.ts';
import { replace } from '../content/helpers.ts';
import type { Model } from '../../../src/lib/model/build.ts';

afterAll(removeTrees);

const ORIGIN = 'https://mal.provstad.example';
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

async function graphOf(model: Model, base = '/') {
	const xml = dcatCatalogue(model, { link: linker(base, ORIGIN) });
	return { xml, graph: new Graph(await parseRdfXml(xml)), address: new URL(base, ORIGIN).href };
}

describe('dcatCatalogue', () => {
	it('follows the profile: every mandatory property of the catalogue, the publisher, each dataset and each distribution', async () => {
		const model = modelOf(tree(...contactEdits));
		const { graph, address } = await graphOf(model);
		expect(profileProblems(graph, { siteAddress: address, license: 'http://creativecommons.org/licenses/by/4.0/' })).toEqual([]);
	});

	it('has one dataset per indicator with data, one for data.csv and one for indikatorer.json, each with its distributions', async () => {
		const { graph } = await graphOf(validModel());
		const datasets = graph.ofType(dcat('Dataset')).map((d) => d.value);
		expect(datasets).toEqual([`${ORIGIN}/dcat.rdf#indikator-besokare`, `${ORIGIN}/dcat.rdf#indikator-resultat`, `${ORIGIN}/dcat.rdf#alla-matvarden`, `${ORIGIN}/dcat.rdf#indikatorer`]);
		expect(graph.values(`${ORIGIN}/dcat.rdf#indikator-besokare`, dcat('distribution'))).toEqual([`${ORIGIN}/dcat.rdf#indikator-besokare.csv`, `${ORIGIN}/dcat.rdf#indikator-besokare.json`]);
		const csv = `${ORIGIN}/dcat.rdf#indikator-besokare.csv`;
		expect(graph.values(csv, dcat('accessURL'))).toEqual([`${ORIGIN}/indikatorer/besokare.csv`]);
		expect(graph.values(csv, dcat('downloadURL'))).toEqual([`${ORIGIN}/indikatorer/besokare.csv`]);
		expect(graph.values(csv, dcterms('format'))).toEqual([VOCAB.fileType.csv]);
		expect(graph.values(`${ORIGIN}/dcat.rdf#indikator-besokare.json`, dcterms('format'))).toEqual([VOCAB.fileType.json]);
		expect(graph.values(`${ORIGIN}/dcat.rdf#alla-matvarden.csv`, dcat('accessURL'))).toEqual([`${ORIGIN}/data.csv`]);
		expect(graph.values(`${ORIGIN}/dcat.rdf#indikatorer.json`, dcat('accessURL'))).toEqual([`${ORIGIN}/indikatorer.json`]);
	});

	it('gives the catalogue CC0 (required for the metadata) and the distributions the data licence', async () => {
		const { graph } = await graphOf(modelOf(tree(...contactEdits)));
		expect(graph.values(`${ORIGIN}/dcat.rdf#katalog`, dcterms('license'))).toEqual([CC0]);
		for (const x of graph.ofType(dcat('Distribution'))) expect(graph.values(x, dcterms('license'))).toEqual(['http://creativecommons.org/licenses/by/4.0/']);
		const { graph: cc0 } = await graphOf(validModel());
		for (const x of cc0.ofType(dcat('Distribution'))) expect(cc0.values(x, dcterms('license'))).toEqual([CC0]);
	});

	it('names the publisher and its type from site.yaml: a municipality by default, a region when it says so', async () => {
		const { graph } = await graphOf(validModel());
		const agent = `${ORIGIN}/dcat.rdf#utgivare`;
		expect(graph.values(agent, foaf('name'))).toEqual(['Provstads kommun']);
		expect(graph.values(agent, dcterms('type'))).toEqual(['http://purl.org/adms/publishertype/LocalAuthority']);
		const { graph: region } = await graphOf(modelOf(tree(...contactEdits)));
		expect(region.values(agent, foaf('name'))).toEqual(['Region Provstad']);
		expect(region.values(agent, dcterms('type'))).toEqual(['http://purl.org/adms/publishertype/RegionalAuthority']);
	});

	it('makes the contact block a vCard with name, e-mail and phone; no contact block, no contact point', async () => {
		const { graph } = await graphOf(modelOf(tree(...contactEdits)));
		const contact = `${ORIGIN}/dcat.rdf#kontakt`;
		expect(graph.values(contact, vcard('fn'))).toEqual(['Provstads kommun, Kansliet']);
		expect(graph.values(contact, vcard('hasEmail'))).toEqual(['mailto:kansli@provstad.se']);
		expect(graph.values(contact, vcard('hasTelephone'))).toEqual(['tel:+46123456789']);
		const { graph: none } = await graphOf(validModel());
		expect(none.ofType(vcard('Organization'))).toEqual([]);
		expect(none.quads.some((q) => q.predicate.value === dcat('contactPoint'))).toBe(false);
	});

	it('states each dataset’s years, theme, keywords and landing page', async () => {
		const { graph } = await graphOf(validModel());
		const d = `${ORIGIN}/dcat.rdf#indikator-resultat`;
		const [period] = graph.objects(d, dcterms('temporal'));
		expect(graph.values(period!, dcat('startDate'))).toEqual(['2021']);
		expect(graph.values(period!, dcat('endDate'))).toEqual(['2024']);
		expect(graph.values(d, dcat('theme'))).toEqual([VOCAB.theme]);
		expect(graph.values(d, dcat('keyword'))).toEqual(expect.arrayContaining(['Ekonomi', 'Stark ekonomi', 'Vi håller budgeten', 'Indikator']));
		expect(graph.values(d, dcat('landingPage'))).toEqual([`${ORIGIN}/indikatorer/resultat/`]);
		const [all] = graph.objects(`${ORIGIN}/dcat.rdf#alla-matvarden`, dcterms('temporal'));
		expect(graph.values(all!, dcat('startDate'))).toEqual(['2021']);
	});

	it('puts every URI under the base path in a build under /malbild/', async () => {
		const { graph, address } = await graphOf(validModel(), '/malbild/');
		expect(address).toBe(`${ORIGIN}/malbild/`);
		expect(profileProblems(graph, { siteAddress: address, license: CC0 }).filter((p) => !/contactPoint|contact point/.test(p))).toEqual([]);
		const own = graph.iris().filter((iri) => iri.startsWith(ORIGIN));
		expect(own.length).toBeGreaterThan(10);
		for (const iri of own) expect(iri.startsWith(`${ORIGIN}/malbild/`), iri).toBe(true);
	});

	it('attributes Kolada in the descriptions of a Kolada indicator', async () => {
		const { graph } = await graphOf(modelOf(tree(...koladaEdits)));
		const [description] = graph.values(`${ORIGIN}/dcat.rdf#indikator-besokare.csv`, dcterms('description'));
		expect(description).toContain('Källa: Kolada');
		expect(description).toContain('Egen bearbetning av data från Kolada');
	});

	it('marks sample data in the dataset’s description and keywords and in its distributions', async () => {
		const { graph } = await graphOf(modelOf(tree(replace('indicators/besokare.md', 'data: besokare.csv', 'data: besokare.csv\nsample: true'))));
		const d = `${ORIGIN}/dcat.rdf#indikator-besokare`;
		expect(graph.values(d, dcterms('description'))[0]).toContain('Exempeldata');
		expect(graph.values(d, dcat('keyword'))).toContain('Exempeldata');
		expect(graph.values(`${d}.csv`, dcterms('description'))[0]).toContain('Exempeldata');
		expect(graph.values(`${ORIGIN}/dcat.rdf#indikator-resultat`, dcat('keyword'))).not.toContain('Exempeldata');
	});

	it('reads back titles with markup characters exactly', async () => {
		const { graph } = await graphOf(modelOf(tree(...trickyEdits)));
		expect(graph.values(`${ORIGIN}/dcat.rdf#indikator-resultat`, dcterms('title'))).toEqual(['Resultat, "över" <rikets> & mer']);
		expect(graph.values(`${ORIGIN}/dcat.rdf#katalog`, dcterms('title'))).toEqual(['Öppna data från Mål & mått <2025> "citat"']);
	});

	it('is the same bytes every time, with no date in it', async () => {
		const a = dcatCatalogue(validModel(), { link: linker('/', ORIGIN) });
		expect(dcatCatalogue(validModel(), { link: linker('/', ORIGIN) })).toBe(a);
		expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});
});

describe('the profile check itself', () => {
	it('notices a missing mandatory property, a wrong catalogue licence and a relative IRI', async () => {
		const { xml, address } = await graphOf(validModel());
		const broken = xml
			.replace(/\t\t<dcterms:description xml:lang="sv">[^<]*<\/dcterms:description>\n(?=\t\t<dcterms:publisher[^\n]*\n\t\t<dcat:contactPoint|\t\t<dcterms:publisher[^\n]*\n\t\t<dcat:keyword)/, '')
			.replace(`<dcterms:license rdf:resource="${CC0}"/>`, '<dcterms:license rdf:resource="https://example.org/annan"/>')
			.replace(`<dcat:accessURL rdf:resource="${ORIGIN}/indikatorer/besokare.csv"/>`, '');
		const graph = new Graph(await parseRdfXml(broken));
		const problems = profileProblems(graph, { siteAddress: address, license: CC0 }).join('\n');
		expect(problems).toMatch(/dataset .*#indikator-besokare has no http:\/\/purl.org\/dc\/terms\/description/);
		expect(problems).toMatch(/catalogue .*: http:\/\/purl.org\/dc\/terms\/license <https:\/\/example.org\/annan> is not one the profile allows/);
		expect(problems).toMatch(/distribution .*#indikator-besokare.csv has no http:\/\/www.w3.org\/ns\/dcat#accessURL/);
		// A relative address is refused by the parser itself, and by the check when a base resolved it.
		await expect(parseRdfXml(xml.replace(`<foaf:homepage rdf:resource="${ORIGIN}/"/>`, '<foaf:homepage rdf:resource="hem"/>'))).rejects.toThrow(/relative IRI/);
		const graphOfRelative = new Graph([{ subject: { termType: 'NamedNode', value: 'hem' }, predicate: { termType: 'NamedNode', value: dcterms('title') }, object: { termType: 'Literal', value: 'x' } }]);
		expect(profileProblems(graphOfRelative, { siteAddress: address, license: CC0 })).toContain('a relative IRI: hem');
	});
});

describe('telUri', () => {
	it.each([
		['0240-66 00 00', 'tel:+46240660000'],
		['+46 240 66 00 00', 'tel:+46240660000'],
		['0046 240 66 00 00', 'tel:+46240660000'],
		['08-123 456 78', 'tel:+46812345678'],
		['112', undefined],
	])('%s → %s', (phone, uri) => expect(telUri(phone)).toBe(uri));
});
