/**
 * The data licence from site.yaml (`license`), in words for readers and as the URI data catalogues
 * expect. DCAT-AP-SE lists the Creative Commons licences by their `http://creativecommons.org/…`
 * URIs and matches them exactly, so a CC licence written with https is given to dcat.rdf with http.
 */

export const DEFAULT_LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';

/**
 * DCAT-AP-SE requires the catalogue itself (the metadata in dcat.rdf) to be CC0 1.0, whatever the
 * licence of the data.
 */
export const CATALOGUE_LICENSE_URI = 'http://creativecommons.org/publicdomain/zero/1.0/';

export interface Licence {
	/** The address to link readers to (as written in site.yaml, or the default). */
	url: string;
	/** The URI for dcat.rdf. */
	uri: string;
	/** A short name, e.g. "CC0 1.0"; the address itself for a licence Målbild does not know. */
	name: string;
	/** Whether Målbild knows the licence and its name. */
	known: boolean;
	/** Whether the licence requires users to name the source. */
	attribution: boolean;
	/** What a reader may do, in one Swedish sentence. */
	terms: string;
	/** The name and the terms for the English pages. */
	en: { name: string; terms: string };
}

const KNOWN: Record<string, Omit<Licence, 'url' | 'uri' | 'known'>> = {
	'publicdomain/zero/1.0': {
		name: 'CC0 1.0 Universell',
		attribution: false,
		terms: 'Du får använda, dela och bearbeta uppgifterna fritt, även kommersiellt, utan att fråga och utan villkor.',
		en: { name: 'CC0 1.0 Universal', terms: 'You may use, share and adapt the data freely, commercially too, without asking and without conditions.' },
	},
	'licenses/by/4.0': {
		name: 'Creative Commons Erkännande 4.0 (CC BY 4.0)',
		attribution: true,
		terms: 'Du får använda, dela och bearbeta uppgifterna fritt, även kommersiellt, om du anger källan och om du har ändrat något.',
		en: { name: 'Creative Commons Attribution 4.0 (CC BY 4.0)', terms: 'You may use, share and adapt the data freely, commercially too, if you name the source and say whether you changed anything.' },
	},
};

const CC = /^https?:\/\/creativecommons\.org\/((?:publicdomain|licenses)\/[a-z-]+\/\d\.\d)\/?(?:deed\.[a-z-]+)?$/i;

/** The licence at `url` (site.yaml's `license`; CC0 1.0 when none). */
export function licenceOf(url: string | undefined): Licence {
	const address = url?.trim() || DEFAULT_LICENSE;
	const cc = CC.exec(address);
	if (cc) {
		const path = cc[1]!.toLowerCase();
		const known = KNOWN[path];
		const uri = `http://creativecommons.org/${path}/`;
		if (known) return { url: `https://creativecommons.org/${path}/`, uri, known: true, ...known };
		return unknown(address, uri);
	}
	return unknown(address, address);
}

function unknown(address: string, uri: string): Licence {
	return { url: address, uri, name: address, known: false, attribution: true, terms: `Uppgifterna får användas enligt licensen ${address}.`, en: { name: address, terms: `The data may be used under the licence ${address}.` } };
}
