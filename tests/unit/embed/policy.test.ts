import { describe, expect, test } from 'vitest';
import { ADMIN_POLICY, embedPolicy, frameSources, headersFile, PAGE_POLICY, policyFor } from '../../../src/lib/embed/policy.ts';
import { embedPattern, isEmbedPath } from '../../../src/lib/embed/paths.ts';
import { paths } from '../../../src/lib/urls.ts';
import { embedWords } from '../../../src/lib/i18n/embed.ts';
import { ORIGIN } from '../../../src/lib/schema/site.ts';
import { CSP } from '../../support/server.ts';

const ORIGINS = ['https://www.malung-salen.se', 'https://malung-salen.se/'];

describe('the policies', () => {
	test('every page but the embed pages keeps the documented policy (docs/hosting.md, the tests’ server)', () => {
		expect(PAGE_POLICY).toBe(CSP);
		expect(PAGE_POLICY).toMatch(/frame-ancestors 'self'$/);
	});

	test('an embed page may be framed by the site and the listed websites, and nothing else changes', () => {
		const policy = embedPolicy(ORIGINS);
		expect(policy).toBe(PAGE_POLICY.replace("frame-ancestors 'self'", "frame-ancestors 'self' https://www.malung-salen.se https://malung-salen.se"));
	});

	test('without listed websites an embed page is as closed as any other page', () => {
		expect(embedPolicy([])).toBe(PAGE_POLICY);
	});

	test.for([
		[['https://a.se/'], ['https://a.se']],
		[['HTTPS://WWW.A.SE'], ['https://www.a.se']],
		[['https://a.se', 'https://a.se/', ' https://a.se '], ['https://a.se']],
		[['https://*.a.se', 'http://localhost:8080'], ['https://*.a.se', 'http://localhost:8080']],
	])('frameSources(%j) → %j', ([input, output]) => {
		expect(frameSources(input!)).toEqual(output);
	});

	test.for([
		['indikatorer/besokare/inbaddning/', 'embed'],
		['indikatorer/besokare/inbaddning/index.html', 'embed'],
		['en/indicators/besokare/embed/', 'embed'],
		['indikatorer/besokare/', 'page'],
		['indikatorer/inbaddning/', 'page'],
		['indikatorer/besokare.csv', 'page'],
		['', 'page'],
		['admin/', 'admin'],
		['admin/config.yml', 'admin'],
	])('policyFor(%s) is the %s policy', ([sitePath, kind]) => {
		const expected = { embed: embedPolicy(ORIGINS), page: PAGE_POLICY, admin: ADMIN_POLICY }[kind as 'embed' | 'page' | 'admin'];
		expect(policyFor(sitePath!, ORIGINS)).toBe(expected);
	});
});

describe('headersFile: _headers for Netlify', () => {
	test('the strict policy everywhere, then caching, the CMS and the embed pages, later rules winning', () => {
		const text = headersFile('/', ORIGINS);
		const rules = text.split('\n').filter((l) => l.startsWith('/'));
		expect(rules).toEqual(['/*', '/_astro/*', '/admin/*', '/indikatorer/:id/inbaddning/*', '/en/indicators/:id/embed/*']);
		expect(text).toContain(`/*\n  Content-Security-Policy: ${PAGE_POLICY}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`);
		expect(text).toContain(`/indikatorer/:id/inbaddning/*\n  Content-Security-Policy: ${embedPolicy(ORIGINS)}\n`);
		expect(text).toContain(`/admin/*\n  Content-Security-Policy: ${ADMIN_POLICY}\n`);
	});

	test('under a base path every rule starts with it', () => {
		const rules = headersFile('/malbild/', ORIGINS)
			.split('\n')
			.filter((l) => l.startsWith('/'));
		expect(rules).toEqual(['/malbild/*', '/malbild/_astro/*', '/malbild/admin/*', '/malbild/indikatorer/:id/inbaddning/*', '/malbild/en/indicators/:id/embed/*']);
	});

	test('the embed rules match the embed pages’ addresses', () => {
		for (const locale of ['sv', 'en'] as const) {
			const pattern = new RegExp(`^${embedPattern(locale).replace(':id', '[^/]+').replace('*', '.*')}$`);
			expect(paths.embed('besokare', locale)).toMatch(pattern);
			expect(paths.indicator('besokare', locale)).not.toMatch(pattern);
			expect(isEmbedPath(paths.embed('besokare', locale))).toBe(true);
			expect(isEmbedPath(paths.indicator('besokare', locale))).toBe(false);
		}
	});
});

describe('site.yaml embed.allowedOrigins: what counts as a website', () => {
	test.for([
		['https://www.malung-salen.se', true],
		['https://malung-salen.se/', true],
		['http://localhost:8080', true],
		['https://*.kommun.se', true],
		['https://xn--malung-slen-u8a.se', true],
		['www.malung-salen.se', false],
		['https://www.malung-salen.se/malbild/', false],
		['https://www.malung-salen.se?x=1', false],
		['ftp://kommun.se', false],
		["'self'", false],
		['*', false],
		['https://kommun.se https://evil.example', false],
	])('%s → %s', ([origin, ok]) => {
		expect(ORIGIN.test(origin as string)).toBe(ok);
	});
});

test('the English words have every key the Swedish have', () => {
	const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((c) => `${k}.${c}`) : [k])).sort();
	expect(keys(embedWords.en)).toEqual(keys(embedWords.sv));
});
