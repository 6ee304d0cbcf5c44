/**
 * The CMS app is copied from the pinned package into the build, with its requests to other
 * servers (translations, fonts, version and status checks) pointed at files beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminFiles, contentPathIn, repositoryRoot, sveltiaScript, sveltiaVersion } from '../../../src/lib/cms/files.ts';

describe('the files under /admin/', () => {
	const files = adminFiles();
	const byPath = new Map(files.map((f) => [f.path, f]));
	const script = String(byPath.get('sveltia-cms.js')?.body);

	it('has the app, its Swedish translation, its fonts with their licences and the two small answers', () => {
		expect(script.length).toBeGreaterThan(1_000_000);
		expect(JSON.parse(String(byPath.get('locales/sv.json')?.body)).work_with_local_repo).toBe('Arbeta med lokalt repository');
		for (const font of ['source-sans-3-latin-wght-normal', 'material-symbols-outlined-latin-wght-normal', 'noto-mono-latin-400-normal']) {
			expect(byPath.get(`fonts/${font}.woff2`)?.type, font).toBe('font/woff2');
		}
		expect([...byPath.keys()].filter((p) => p.endsWith('.LICENSE.txt')).length).toBe(3);
		expect(JSON.parse(String(byPath.get('version.json')?.body))).toEqual({ version: sveltiaVersion() });
		expect(JSON.parse(String(byPath.get('status.json')?.body))).toEqual({});
	});

	it('the app fetches translations, fonts and checks from the site itself, never from a CDN', () => {
		expect(script).not.toContain('cdn.jsdelivr.net');
		expect(script).not.toContain('githubstatus.com/api');
		expect(script).not.toContain('hostedstatus.com');
		expect(script).not.toMatch(/`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/);
		expect(script).not.toMatch(/`\$\{[\w$]+\}\/package\.json`/);
		expect(script).toContain('`locales`');
		expect(script).toContain('url(fonts/source-sans-3-latin-wght-normal.woff2)');
		expect(script).not.toContain('sourceMappingURL');
	});

	it('refuses a version that loads them some other way, instead of letting it reach a CDN', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'malbild-sveltia-'));
		try {
			mkdirSync(path.join(dir, 'dist'));
			writeFileSync(path.join(dir, 'package.json'), '{"version":"9.9.9"}');
			writeFileSync(path.join(dir, 'dist', 'sveltia-cms.js'), 'fetch("https://unpkg.com/@sveltia/cms@9.9.9/locales/sv.json")');
			expect(() => sveltiaScript(dir)).toThrow(/9\.9\.9.*translations from unpkg\.com.*src\/lib\/cms\/files\.ts/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('paths relative to the repository', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'malbild-repo-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('finds the repository the content tree is in, and the tree’s path in it', () => {
		mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
		mkdirSync(path.join(dir, 'repo', 'examples', 'kommun'), { recursive: true });
		const root = repositoryRoot(path.join(dir, 'repo', 'examples', 'kommun'));
		expect(root).toBe(path.join(dir, 'repo'));
		expect(contentPathIn(root, path.join(dir, 'repo', 'examples', 'kommun'))).toBe('examples/kommun');
	});

	it('a content tree that is a repository of its own is the root', () => {
		mkdirSync(path.join(dir, 'innehall'), { recursive: true });
		writeFileSync(path.join(dir, 'innehall', '.git'), 'gitdir: ../elsewhere\n');
		const root = repositoryRoot(path.join(dir, 'innehall'));
		expect(contentPathIn(root, path.join(dir, 'innehall'))).toBe('');
	});
});
