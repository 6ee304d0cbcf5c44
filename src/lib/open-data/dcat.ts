/**
 * dcat.rdf: the site's data catalogue in RDF/XML, after DCAT-AP-SE 3.0.1 (Sweden's profile of
 * DCAT-AP 3.0, https://docs.dataportal.se/dcat/3.0.1/sv/), so that Sveriges dataportal can harvest it.
 *
 * - The catalogue: title, description, publisher, licence (CC0 1.0: DCAT-AP-SE requires it for the
 *   catalogue's own metadata), language, home page, theme taxonomy, and its datasets.
 * - The publisher (foaf:Agent): name and type (a municipality is a LocalAuthority; site.yaml
 *   `publisher.type` says otherwise).
 * - One dataset per indicator with data, plus one for every observation of the site (data.csv) and
 *   one for the list of indicators (indikatorer.json): title, description, publisher, contact point,
 *   keywords, theme, time period, landing page, access rights, distributions.
 * - Each distribution: access and download URL, format (the EU file-type vocabulary), media type,
 *   licence (site.yaml's `license`), title and description.
 *
 * Every resource has an absolute URI: the file's own address with a fragment (`…/dcat.rdf#katalog`,
 * `#indikator-<id>`, `#indikator-<id>.csv`; a dot never occurs in an id, so no two collide), and
 * every link is absolute. The writer is pure: no dates or anything else from the clock.
 *
 * The theme is GOVE ("Regering och offentlig sektor") for every dataset: each is a public body's
 * follow-up of its own goals. The subject of an indicator (economy, society…) would need a theme
 * chosen by an editor, which the content model does not have.
 */
import type { IndicatorNode, Model } from '../model/build.ts';
import type { Site } from '../schema/site.ts';
import { paths } from '../urls.ts';
import type { Linker } from './address.ts';
import { attributionOf, isKolada } from './attribution.ts';
import { CATALOGUE_LICENSE_URI, licenceOf } from './licence.ts';
import { coverage, SAMPLE_NOTICE } from './site-data.ts';
import { xmlDocument, type XmlElement } from './xml.ts';

export const NS = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	dcterms: 'http://purl.org/dc/terms/',
	dcat: 'http://www.w3.org/ns/dcat#',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority/';
export const VOCAB = {
	theme: `${EU}data-theme/GOVE`,
	themeTaxonomy: `${EU}data-theme`,
	language: `${EU}language/SWE`,
	public: `${EU}access-right/PUBLIC`,
	fileType: { csv: `${EU}file-type/CSV`, json: `${EU}file-type/JSON` },
	mediaType: { csv: 'https://www.iana.org/assignments/media-types/text/csv', json: 'https://www.iana.org/assignments/media-types/application/json' },
	publisherType: {
		'local-authority': 'http://purl.org/adms/publishertype/LocalAuthority',
		'regional-authority': 'http://purl.org/adms/publishertype/RegionalAuthority',
		'national-authority': 'http://purl.org/adms/publishertype/NationalAuthority',
	},
	gYear: 'http://www.w3.org/2001/XMLSchema#gYear',
} as const;

type Format = 'csv' | 'json';

const lang = (name: string, text: string): XmlElement => ({ name, attributes: [['xml:lang', 'sv']], text });
const plain = (name: string, text: string): XmlElement => ({ name, text });
const ref = (name: string, uri: string): XmlElement => ({ name, attributes: [['rdf:resource', uri]] });
const node = (name: string, about: string, children: (XmlElement | undefined | null | false | '')[]): XmlElement => ({
	name,
	attributes: [['rdf:about', about]],
	children: children.filter((c): c is XmlElement => Boolean(c)),
});

/**
 * A phone number as a `tel:` URI: digits only, a leading 0 read as a Swedish number (+46), 00 as
 * an international prefix. Undefined when there are too few digits to be a number.
 */
export function telUri(phone: string): string | undefined {
	const trimmed = phone.trim();
	const digits = trimmed.replace(/\D/g, '');
	if (digits.length < 5) return undefined;
	if (trimmed.startsWith('+')) return `tel:+${digits}`;
	if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
	if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
	return `tel:+46${digits}`;
}

/** Distinct, non-blank keywords in the order given. */
const keywords = (words: (string | undefined)[]) => [...new Set(words.map((w) => w?.trim().replace(/\.$/, '')).filter((w): w is string => Boolean(w)))];

interface DatasetSpec {
	about: string;
	title: string;
	description: string;
	keywords: string[];
	landingPage: string;
	temporal?: { start: number; end: number };
	distributions: DistributionSpec[];
}

interface DistributionSpec {
	about: string;
	format: Format;
	url: string;
	title: string;
	description: string;
}

export interface DcatOptions {
	/** Absolute addresses of site paths (the site's public address is required). */
	link: Linker;
}

/** The catalogue as RDF/XML. */
export function dcatCatalogue(model: Model, { link }: DcatOptions): string {
	const { site } = model;
	const doc = link(paths.dcat());
	const id = (fragment: string) => `${doc}#${fragment}`;
	const licence = licenceOf(site.license);
	const publisher = id('utgivare');
	const contact = site.contact ? id('kontakt') : undefined;
	const withData = model.indicators.filter((i) => i.dataset);
	const sampleAny = withData.some((i) => i.data.sample);

	const datasets: DatasetSpec[] = [
		...withData.map((i) => indicatorDataset(model, i, link, id)),
		{
			about: id('alla-matvarden'),
			title: `Alla mätvärden i ${site.title}`,
			description: [
				`Varje mätvärde för ${site.levels.indicator.plural.toLowerCase()} i ${site.title} (${site.organisation}) i en fil, en rad per mätvärde, med indikatorns id, period, serie, enhet, uppdelningar, värde, källa, källhänvisning och exempeldatamärkning.`,
				sampleAny ? `Rader märkta Exempeldata är påhittade värden, inte organisationens siffror.` : '',
			]
				.filter(Boolean)
				.join(' '),
			keywords: keywords([site.organisation, site.title, site.levels.indicator.plural, 'Mätvärden', sampleAny ? 'Exempeldata' : undefined]),
			landingPage: link(paths.openData()),
			temporal: span(withData),
			distributions: [{ about: id('alla-matvarden.csv'), format: 'csv', url: link(paths.siteCsv()), title: `Alla mätvärden (CSV)`, description: CSV_WORDS }],
		},
		{
			about: id('indikatorer'),
			title: `${site.levels.indicator.plural} i ${site.title}`,
			description: `Förteckning över ${site.levels.indicator.plural.toLowerCase()} i ${site.title} (${site.organisation}) med ${site.levels.area.singular.toLowerCase()}, enhet, källa, status, utveckling och länkar till varje ${site.levels.indicator.singular.toLowerCase()}s mätvärden. Status och utveckling är egen bearbetning.`,
			keywords: keywords([site.organisation, site.title, site.levels.indicator.plural, 'Status', 'Uppföljning']),
			landingPage: link(paths.indicators()),
			distributions: [
				{ about: id('indikatorer.json'), format: 'json', url: link(paths.indicatorIndex()), title: `${site.levels.indicator.plural} (JSON)`, description: 'JSON, UTF-8.' },
			],
		},
	];

	const children: XmlElement[] = [
		node('dcat:Catalog', id('katalog'), [
			lang('dcterms:title', `Öppna data från ${site.title}`),
			lang('dcterms:description', `Mätvärdena för ${site.levels.indicator.plural.toLowerCase()} i ${site.title} (${site.organisation}) som öppna data.${site.description ? ` ${site.description}` : ''}`),
			ref('dcterms:publisher', publisher),
			ref('dcterms:license', CATALOGUE_LICENSE_URI),
			ref('dcterms:language', VOCAB.language),
			ref('foaf:homepage', link(paths.home())),
			ref('dcat:themeTaxonomy', VOCAB.themeTaxonomy),
			...datasets.map((d) => ref('dcat:dataset', d.about)),
		]),
		agent(site, publisher),
		...(contact ? [contactPoint(site.contact!, contact)] : []),
		...datasets.flatMap((d) => [
			node('dcat:Dataset', d.about, [
				lang('dcterms:title', d.title),
				lang('dcterms:description', d.description),
				ref('dcterms:publisher', publisher),
				contact && ref('dcat:contactPoint', contact),
				...d.keywords.map((k) => lang('dcat:keyword', k)),
				ref('dcat:theme', VOCAB.theme),
				d.temporal && {
					name: 'dcterms:temporal',
					children: [
						{
							name: 'dcterms:PeriodOfTime',
							children: [
								{ name: 'dcat:startDate', attributes: [['rdf:datatype', VOCAB.gYear]], text: String(d.temporal.start) },
								{ name: 'dcat:endDate', attributes: [['rdf:datatype', VOCAB.gYear]], text: String(d.temporal.end) },
							],
						},
					],
				},
				ref('dcat:landingPage', d.landingPage),
				ref('dcterms:accessRights', VOCAB.public),
				...d.distributions.map((x) => ref('dcat:distribution', x.about)),
			]),
			...d.distributions.map((x) =>
				node('dcat:Distribution', x.about, [
					lang('dcterms:title', x.title),
					lang('dcterms:description', x.description),
					ref('dcat:accessURL', x.url),
					ref('dcat:downloadURL', x.url),
					ref('dcterms:format', VOCAB.fileType[x.format]),
					ref('dcat:mediaType', VOCAB.mediaType[x.format]),
					ref('dcterms:license', licence.uri),
				]),
			),
		]),
	];

	return xmlDocument({
		name: 'rdf:RDF',
		attributes: Object.entries(NS).map(([prefix, uri]) => [`xmlns:${prefix}`, uri] as const),
		children,
	});
}

const CSV_WORDS = 'CSV, UTF-8, kommaseparerad, punkt som decimaltecken, en rad per mätvärde. En tom cell i kolumnen value betyder att uppgift saknas.';

function indicatorDataset(model: Model, i: IndicatorNode, link: Linker, id: (fragment: string) => string): DatasetSpec {
	const { site } = model;
	const levels = site.levels;
	const attribution = attributionOf(i.data);
	const where = [`${levels.area.singular}: ${i.area.data.title}.`, i.goal && levels.goal ? `${levels.goal.singular}: ${i.goal.data.title}.` : ''];
	const series = i.series.map((s) => [s.label ?? s.table.series, s.unit].filter(Boolean).join(', ')).filter(Boolean);
	const sample = i.data.sample ? SAMPLE_NOTICE : '';
	const description = [
		`${levels.indicator.singular} i ${site.title} (${site.organisation}).`,
		...where,
		i.series.length > 1 && series.length ? `Serier: ${series.join('; ')}.` : i.series[0]?.unit ? `Enhet: ${i.series[0].unit}.` : '',
		attribution.values ? `${attribution.values}.` : '',
		sample,
	]
		.filter(Boolean)
		.join(' ');
	const c = coverage(i);
	const files = (format: Format): DistributionSpec => ({
		about: id(`indikator-${i.id}.${format}`),
		format,
		url: link(format === 'csv' ? paths.indicatorCsv(i.id) : paths.indicatorJson(i.id)),
		title: `${i.data.title.replace(/\.$/, '')} (${format.toUpperCase()})`,
		description: [format === 'csv' ? CSV_WORDS : 'JSON, UTF-8: indikatorns uppgifter, status och utveckling, och ett objekt per mätvärde.', attribution.values ? (isKolada(i.data) ? `${attribution.values}; det som räknats fram: ${attribution.computed}.` : `${attribution.values}.`) : '', sample]
			.filter(Boolean)
			.join(' '),
	});
	return {
		about: id(`indikator-${i.id}`),
		title: i.data.title,
		description,
		keywords: keywords([i.area.data.title, i.goal?.data.title, ...i.strategies.map((s) => s.data.title), ...i.series.map((s) => s.label ?? s.table.series), levels.indicator.singular, site.organisation, i.data.sample ? 'Exempeldata' : undefined]),
		landingPage: link(paths.indicator(i.id)),
		temporal: c ? { start: c.start, end: c.end } : undefined,
		distributions: [files('csv'), files('json')],
	};
}

/** The years the indicators' values cover together. */
function span(indicators: readonly IndicatorNode[]): { start: number; end: number } | undefined {
	const all = indicators.map(coverage).filter((c) => c !== undefined);
	if (!all.length) return undefined;
	return { start: Math.min(...all.map((c) => c.start)), end: Math.max(...all.map((c) => c.end)) };
}

function agent(site: Site, about: string): XmlElement {
	return node('foaf:Agent', about, [
		lang('foaf:name', site.publisher?.name ?? site.organisation),
		ref('dcterms:type', VOCAB.publisherType[site.publisher?.type ?? 'local-authority']),
		site.contact?.url && ref('foaf:homepage', site.contact.url),
	]);
}

function contactPoint(contact: NonNullable<Site['contact']>, about: string): XmlElement {
	const tel = contact.phone ? telUri(contact.phone) : undefined;
	return node('vcard:Organization', about, [
		plain('vcard:fn', [contact.name, contact.unit].filter(Boolean).join(', ')),
		contact.email && ref('vcard:hasEmail', `mailto:${contact.email}`),
		tel && ref('vcard:hasTelephone', tel),
		contact.url && ref('vcard:hasURL', contact.url),
	]);
}
