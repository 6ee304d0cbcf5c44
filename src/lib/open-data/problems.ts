/**
 * What the build tells an editor about the site's public address: without it the catalogue
 * (dcat.rdf) cannot be written, since DCAT needs absolute addresses, and the sitemap and the embed
 * code can only have paths. A warning, never an error: the rest is built as usual.
 */
import { requestedLang, say } from '../messages/index.ts';
import { formatProblems, type Problem } from '../problems.ts';

/** The problems of the open-data files for a site whose public address is `address` (url or MALBILD_SITE). */
export function openDataProblems(address: string | undefined): Problem[] {
	return address ? [] : [{ severity: 'warning', file: 'site.yaml', field: 'url', ...say('openDataNoAddress') }];
}

let warned = false;

/** Prints the missing-address warning as the build prints content warnings, once per process. */
export function warnNoAddress(print: (text: string) => void = console.warn): void {
	if (warned) return;
	warned = true;
	const asked = requestedLang([], process.env);
	print(formatProblems(openDataProblems(undefined), 'lang' in asked ? asked.lang : 'sv'));
}
