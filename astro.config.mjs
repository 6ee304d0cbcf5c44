// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';

const contentDir = path.resolve(process.env.MALBILD_CONTENT || 'content');

/** Only what Astro itself needs from site.yaml; the schema validates the whole file before a build. */
function siteSettings() {
	try {
		const site = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) ?? {};
		return { url: typeof site.url === 'string' ? site.url : undefined, base: typeof site.base === 'string' ? site.base : '/' };
	} catch {
		return { url: undefined, base: '/' };
	}
}

const settings = siteSettings();

// One cache per content tree: Astro's content store must not mix entries of two trees.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

/** Reloads the dev server's pages when a content file changes, the CSV files included. */
function watchContent() {
	return {
		name: 'malbild:watch-content',
		/** @param {import('vite').ViteDevServer} server */
		configureServer(server) {
			server.watcher.add(contentDir);
			const reload = (/** @type {string} */ file) => {
				if (!file.startsWith(contentDir)) return;
				// Pages get their data through getStaticPaths, which the dev server caches: a CSV file is
				// no module Astro watches, so tell its route cache the content changed, then reload.
				for (const [name, environment] of Object.entries(server.environments)) {
					if (name !== 'client') environment.hot.send('astro:content-changed', {});
				}
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		},
	};
}

export default defineConfig({
	site: process.env.MALBILD_SITE || settings.url,
	base: process.env.MALBILD_BASE || settings.base,
	outDir: process.env.MALBILD_OUT_DIR || 'dist',
	cacheDir: `.malbild/cache/${cacheKey}`,
	trailingSlash: 'ignore',
	build: {
		// Inline styles would need 'unsafe-inline' in a Content-Security-Policy.
		inlineStylesheets: 'never',
	},
	integrations: [mdx()],
	markdown: {
		processor: unified({ remarkPlugins: [remarkGfm], gfm: false }),
	},
	vite: {
		plugins: [watchContent()],
		// Test builds and the built site are output, not sources to watch.
		server: { watch: { ignored: ['**/.malbild/**', '**/dist/**', '**/test-results/**'] } },
		build: {
			// Inlined scripts would need 'unsafe-inline' too.
			assetsInlineLimit: 0,
		},
	},
	devToolbar: { enabled: false },
});
