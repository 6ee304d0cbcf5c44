/**
 * The dev server's plugins (the content watcher, which also validates the tree and keeps the
 * validation on disk for the next start, and the guard against a reload nobody needs) belong to
 * `astro dev` alone. Astro also starts a Vite server to sync the content during a build: with the
 * plugins there, every build validated the whole tree a second time and wrote the dev server's
 * kept validation in the middle of rendering the pages.
 */
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** The Vite plugins Målbild's integrations add for `command`. */
function pluginsFor(command: 'dev' | 'build' | 'preview' | 'sync'): string[] {
	const names: string[] = [];
	for (const integration of (config.integrations ?? []) as AstroIntegration[]) {
		const setup = integration.hooks['astro:config:setup'] as Setup | undefined;
		if (!integration.name.startsWith('malbild:') || !setup) continue;
		const updateConfig = (update: { vite?: { plugins?: { name: string }[] } }) => {
			names.push(...(update.vite?.plugins ?? []).map((p) => p.name));
			return {};
		};
		void setup({ command, updateConfig } as unknown as Parameters<Setup>[0]);
	}
	return names;
}

describe('the dev server’s plugins', () => {
	it.each(['build', 'preview', 'sync'] as const)('are left out of `astro %s`', (command) => {
		expect(pluginsFor(command)).toEqual([]);
	});

	it('are there for `astro dev`', () => {
		expect(pluginsFor('dev')).toEqual(['malbild:watch-content', 'malbild:no-reload-before-first-page']);
	});

	it('are not in the configuration every command shares', () => {
		const shared = ((config.vite?.plugins ?? []) as { name?: string }[]).flat().map((p) => p?.name);
		expect(shared.filter((name) => name?.startsWith('malbild:'))).toEqual([]);
	});
});
