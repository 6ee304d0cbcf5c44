/**
 * Reading dcat.rdf as a harvester does: parsed by an RDF/XML parser (rdfxml-streaming-parser, RDF/JS)
 * into triples, then checked against the DCAT-AP-SE profile's mandatory properties, so the tests
 * check the RDF graph, never the XML text.
 *
 * The profile followed: DCAT-AP-SE 3.0.1 (https://docs.dataportal.se/dcat/3.0.1/sv/), which is
 * DCAT-AP 3.0's mandatory set plus the Swedish additions (the DIGG validator's
 * dcat-ap-se-additions.ttl): a licence on the catalogue, a publisher on every dataset, a type on
 * every agent. Beyond the mandatory set, Målbild promises (and the tests hold it to) a contact
 * point, keywords, a theme and a time period on every dataset with values, and a format and a
 * licence on every distribution.
 */
import { RdfXmlParser } from 'rdfxml-streaming-parser';

/** An RDF/JS term, as far as the checks read it (a literal has a language and a datatype). */
export interface Term {
	termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'Variable' | 'DefaultGraph';
	value: string;
	language?: string;
	datatype?: { value: string };
}

/** An RDF/JS quad (the graph is always the default graph here). */
export interface Quad {
	subject: Term;
	predicate: Term;
	object: Term;
}

export const NS = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	dcterms: 'http://purl.org/dc/terms/',
	dcat: 'http://www.w3.org/ns/dcat#',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const term = (ns: keyof typeof NS) => (local: string) => `${NS[ns]}${local}`;
export const rdf = term('rdf');
export const dcterms = term('dcterms');
export const dcat = term('dcat');
export const foaf = term('foaf');
export const vcard = term('vcard');

/** Every triple of an RDF/XML document; rejects when the document is not valid RDF/XML. */
export function parseRdfXml(xml: string, baseIRI?: string): Promise<Quad[]> {
	return new Promise((resolve, reject) => {
		const quads: Quad[] = [];
		const parser = new RdfXmlParser(baseIRI ? { baseIRI } : {});
		parser.on('data', (quad: Quad) => quads.push(quad));
		parser.on('error', reject);
		parser.on('end', () => resolve(quads));
		parser.write(xml);
		parser.end();
	});
}

/** A parsed graph with the few questions the tests ask of it. */
export class Graph {
	readonly quads: readonly Quad[];

	constructor(quads: readonly Quad[]) {
		this.quads = quads;
	}

	/** The objects of `subject`'s `predicate` statements. */
	objects(subject: Term | string, predicate: string): Term[] {
		const s = typeof subject === 'string' ? subject : subject.value;
		return this.quads.filter((q) => q.subject.value === s && q.predicate.value === predicate).map((q) => q.object);
	}

	/** The values (IRIs or literal texts) of `subject`'s `predicate` statements. */
	values(subject: Term | string, predicate: string): string[] {
		return this.objects(subject, predicate).map((o) => o.value);
	}

	/** The subjects that have rdf:type `type`. */
	ofType(type: string): Term[] {
		return this.quads.filter((q) => q.predicate.value === rdf('type') && q.object.value === type).map((q) => q.subject);
	}

	/** Every IRI in the graph, as subject, predicate or object. */
	iris(): string[] {
		return [...new Set(this.quads.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode').map((t) => t.value))];
	}
}

export interface ProfileOptions {
	/** The address every resource of the site must be under: the site's address and base path. */
	siteAddress: string;
	/** The licence URI the distributions must carry. */
	license: string;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const EU = 'http://publications.europa.eu/resource/authority/';

/** Every way `graph` breaks the profile, in words; empty when it follows it. */
export function profileProblems(graph: Graph, options: ProfileOptions): string[] {
	const problems: string[] = [];
	const name = (t: Term | string) => (typeof t === 'string' ? t : t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
	const need = (subject: Term | string, predicate: string, what: string) => {
		const found = graph.objects(subject, predicate);
		if (!found.length) problems.push(`${what} ${name(subject)} has no ${predicate}`);
		return found;
	};
	/** A Swedish, non-blank literal. */
	const text = (subject: Term | string, predicate: string, what: string) => {
		for (const o of need(subject, predicate, what)) {
			if (o.termType !== 'Literal' || !o.value.trim()) problems.push(`${what} ${name(subject)}: ${predicate} is not a non-blank literal`);
			else if (o.language !== 'sv') problems.push(`${what} ${name(subject)}: ${predicate} "${o.value}" is not tagged sv`);
		}
	};
	/** An IRI (not a literal, not a blank node). */
	const iri = (subject: Term | string, predicate: string, what: string, check?: (value: string) => boolean) => {
		for (const o of need(subject, predicate, what)) {
			if (o.termType !== 'NamedNode') problems.push(`${what} ${name(subject)}: ${predicate} is not an IRI`);
			else if (check && !check(o.value)) problems.push(`${what} ${name(subject)}: ${predicate} <${o.value}> is not one the profile allows`);
		}
	};
	const underSite = (value: string) => value.startsWith(options.siteAddress);

	for (const value of graph.iris()) if (!ABSOLUTE.test(value)) problems.push(`a relative IRI: ${value}`);

	const catalogues = graph.ofType(dcat('Catalog'));
	if (catalogues.length !== 1) problems.push(`${catalogues.length} catalogues, not 1`);
	const agents = new Set<string>();
	for (const c of catalogues) {
		if (c.termType !== 'NamedNode' || !underSite(c.value)) problems.push(`the catalogue ${name(c)} is not an IRI under ${options.siteAddress}`);
		text(c, dcterms('title'), 'catalogue');
		text(c, dcterms('description'), 'catalogue');
		iri(c, dcterms('publisher'), 'catalogue');
		// DCAT-AP-SE: the catalogue's own metadata is CC0.
		iri(c, dcterms('license'), 'catalogue', (v) => v === 'http://creativecommons.org/publicdomain/zero/1.0/');
		iri(c, dcat('dataset'), 'catalogue');
		for (const p of graph.objects(c, dcterms('publisher'))) agents.add(p.value);
	}

	const datasets = graph.ofType(dcat('Dataset'));
	const listed = new Set(catalogues.flatMap((c) => graph.values(c, dcat('dataset'))));
	if (!datasets.length) problems.push('no dataset');
	const contacts = new Set<string>();
	for (const d of datasets) {
		if (d.termType !== 'NamedNode' || !underSite(d.value)) problems.push(`the dataset ${name(d)} is not an IRI under ${options.siteAddress}`);
		if (!listed.has(d.value)) problems.push(`the dataset ${name(d)} is not in the catalogue`);
		text(d, dcterms('title'), 'dataset');
		text(d, dcterms('description'), 'dataset');
		iri(d, dcterms('publisher'), 'dataset');
		for (const p of graph.objects(d, dcterms('publisher'))) agents.add(p.value);
		// Målbild's promises beyond the mandatory set.
		iri(d, dcat('contactPoint'), 'dataset');
		for (const c of graph.objects(d, dcat('contactPoint'))) contacts.add(c.value);
		text(d, dcat('keyword'), 'dataset');
		iri(d, dcat('theme'), 'dataset', (v) => v.startsWith(`${EU}data-theme/`));
		iri(d, dcat('landingPage'), 'dataset', underSite);
		iri(d, dcat('distribution'), 'dataset');
		for (const t of graph.objects(d, dcterms('temporal'))) {
			const types = graph.values(t, rdf('type'));
			if (!types.includes(dcterms('PeriodOfTime'))) problems.push(`dataset ${name(d)}: its temporal is not a dcterms:PeriodOfTime`);
			for (const p of [dcat('startDate'), dcat('endDate')]) {
				const [date, more] = graph.objects(t, p);
				if (!date || more) problems.push(`dataset ${name(d)}: its period of time needs exactly one ${p}`);
				else if (date.termType !== 'Literal' || !/^\d{4}$/.test(date.value) || date.datatype?.value !== `${NS.xsd}gYear`) problems.push(`dataset ${name(d)}: ${p} "${date.value}" is not an xsd:gYear`);
			}
		}
	}
	for (const id of listed) if (!datasets.some((d) => d.value === id)) problems.push(`the catalogue lists ${id}, which is not described as a dcat:Dataset`);

	const distributions = graph.ofType(dcat('Distribution'));
	const linked = new Set(datasets.flatMap((d) => graph.values(d, dcat('distribution'))));
	for (const x of distributions) {
		if (!linked.has(x.value)) problems.push(`the distribution ${name(x)} belongs to no dataset`);
		iri(x, dcat('accessURL'), 'distribution', underSite);
		iri(x, dcterms('format'), 'distribution', (v) => v.startsWith(`${EU}file-type/`));
		iri(x, dcterms('license'), 'distribution', (v) => v === options.license);
	}
	for (const id of linked) if (!distributions.some((x) => x.value === id)) problems.push(`a dataset links ${id}, which is not described as a dcat:Distribution`);

	for (const a of agents) {
		if (!graph.values(a, rdf('type')).includes(foaf('Agent'))) problems.push(`the publisher ${a} is not a foaf:Agent`);
		const names = graph.objects(a, foaf('name'));
		if (!names.length || names.some((n) => n.termType !== 'Literal' || !n.value.trim())) problems.push(`the publisher ${a} has no foaf:name`);
		// DCAT-AP-SE 3.0.1: an agent's type is mandatory, from the ADMS publisher types.
		iri(a, dcterms('type'), 'publisher', (v) => v.startsWith('http://purl.org/adms/publishertype/'));
	}
	for (const c of contacts) {
		const types = graph.values(c, rdf('type'));
		if (!types.some((t) => [vcard('Organization'), vcard('Individual'), vcard('Kind')].includes(t))) problems.push(`the contact point ${c} is not a vcard:Kind`);
		const fn = graph.objects(c, vcard('fn'));
		if (!fn.length || fn.some((n) => n.termType !== 'Literal' || !n.value.trim())) problems.push(`the contact point ${c} has no vcard:fn`);
		const ways = [vcard('hasEmail'), vcard('hasTelephone'), vcard('hasURL')].flatMap((p) => graph.values(c, p));
		if (!ways.length) problems.push(`the contact point ${c} has no e-mail, phone or web address`);
		for (const way of graph.values(c, vcard('hasEmail'))) if (!/^mailto:[^@\s]+@[^@\s]+$/.test(way)) problems.push(`the contact point ${c}: hasEmail <${way}> is not a mailto: address`);
		for (const way of graph.values(c, vcard('hasTelephone'))) if (!/^tel:\+\d{6,15}$/.test(way)) problems.push(`the contact point ${c}: hasTelephone <${way}> is not a global tel: number`);
	}
	return problems;
}
