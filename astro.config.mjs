// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import { buildKey } from './src/lib/build-key.ts';
import { remarkBaseLinks } from './src/lib/markdown/base-links.ts';
import { contentChanged, countChange, watchingContent } from './src/lib/content/changes.ts';
import { contentDir as contentDirOf } from './src/lib/content/dir.ts';
import { offerValidation, validated } from './src/lib/content/validated.ts';

// The pages reach the validation through Node's copy of it, loaded here (see offerValidation).
offerValidation();

const contentDir = contentDirOf();

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
const base = process.env.MALBILD_BASE || settings.base;

/** Whether `file` is `dir` or lies in it. */
const inside = (/** @type {string} */ dir, /** @type {string} */ file) => {
	const relative = path.relative(dir, path.resolve(file));
	return !relative.startsWith('..') && !path.isAbsolute(relative);
};

// One cache per content tree (and base path and address): Astro's content store must not mix
// entries of two trees. The build script names its staging folder with the same key, so that
// Astro's configuration, output folder included, is the same from one build to the next and its
// cache stays valid.
const cacheKey = buildKey(contentDir);

/** How long a content file must be left alone before the change counts (see watchContent). */
const SETTLE_MS = 100;

/**
 * Reloads the dev server's pages when a content file changes, the CSV files included. The pages
 * keep the validated content tree between requests until then (see getModel in src/lib/site.ts):
 * each change counts up the content version they check, and the collections load the changed
 * bodies before the page reloads (src/lib/content/changes.ts).
 */
function watchContent() {
	return {
		name: 'malbild:watch-content',
		/** @param {import('vite').ViteDevServer} server */
		configureServer(server) {
			watchingContent();
			server.watcher.add(contentDir);
			// The first page needs the validated tree: read it while Vite is still busy starting (its
			// work runs on other threads), not when the page is asked for. The pages find it in
			// validated()'s cache; a tree that could not be read is read again, and shown, by the page.
			setTimeout(() => {
				try {
					validated();
				} catch {}
			}, 0);
			/** @type {ReturnType<typeof setTimeout> | undefined} */
			let settling;
			const changed = async () => {
				await contentChanged();
				// Pages get their data through getStaticPaths, which the dev server caches: a CSV file is
				// no module Astro watches, so tell its route cache the content changed, then reload.
				for (const [name, environment] of Object.entries(server.environments)) {
					if (name !== 'client') environment.hot.send('astro:content-changed', {});
				}
				server.ws.send({ type: 'full-reload' });
			};
			const reload = (/** @type {string} */ file) => {
				if (!inside(contentDir, file)) return;
				// A page asked for now reads the tree again: Astro itself reloads the page at once when
				// the file is one its modules know.
				countChange();
				// A save can come as several events, the first while the file is still empty: the
				// collections are loaded, and the page reloaded, after the last.
				clearTimeout(settling);
				settling = setTimeout(() => void changed(), SETTLE_MS);
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		},
	};
}

/**
 * Keeps the page an editor opens after `npm run dev` from reloading once on its own. Astro asks
 * for a reload while it starts (its content store is written), before any page is open; Vite keeps
 * such a reload for the first page that connects, though that page was made after it.
 */
function noReloadBeforeFirstPage() {
	return {
		name: 'malbild:no-reload-before-first-page',
		/** @param {import('vite').ViteDevServer} server */
		configureServer(server) {
			let served = false;
			server.middlewares.use((_request, _response, next) => {
				served = true;
				next();
			});
			const send = server.ws.send.bind(server.ws);
			server.ws.send = /** @type {typeof server.ws.send} */ (
				(/** @type {any[]} */ ...args) => {
					// A reload matters only to a page made before it.
					if (!served && args[0]?.type === 'full-reload') return;
					return /** @type {any} */ (send)(...args);
				}
			);
		},
	};
}

/**
 * The dev server's own plugins, for `astro dev` only. Astro also starts a Vite server to sync the
 * content in a build, and there `watchContent` validated the whole tree a second time and kept it
 * on disk for the dev server (about 0.9 s of the main thread at 2 000 indicators, in the middle of
 * rendering the pages).
 * @returns {import('astro').AstroIntegration}
 */
function devServer() {
	return {
		name: 'malbild:dev-server',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'dev') updateConfig({ vite: { plugins: [watchContent(), noReloadBeforeFirstPage()] } });
			},
		},
	};
}

export default defineConfig({
	site: process.env.MALBILD_SITE || settings.url,
	base,
	outDir: process.env.MALBILD_OUT_DIR || process.env.MALBILD_DIST || 'dist',
	cacheDir: `.malbild/cache/${cacheKey}`,
	trailingSlash: 'ignore',
	build: {
		// Inline styles would need 'unsafe-inline' in a Content-Security-Policy.
		inlineStylesheets: 'never',
		// Pages wait for their files to be written: with several at a time the main thread stays
		// busy (docs/performance.md).
		concurrency: 16,
	},
	integrations: [mdx(), devServer()],
	markdown: {
		// Links an editor writes from the site's root get the base path (src/lib/markdown/base-links.ts).
		processor: unified({ remarkPlugins: [remarkGfm, [remarkBaseLinks, { base }]], gfm: false }),
	},
	vite: {
		// Vite keeps its optimised dependencies in node_modules/.vite unless told otherwise, for
		// whichever configuration ran last: the dev server's and a build's differ, so each switch
		// between `npm run dev` and `npm run build` optimised them again. Each now has its own, per tree.
		cacheDir: `.malbild/cache/${cacheKey}/vite-${process.env.MALBILD_OUT_DIR ? 'build' : 'server'}`,
		// Test builds and the built site are output, not sources to watch; the content tree is
		// watched wherever it is (a synthetic tree lives in .malbild/bench/).
		server: { watch: { ignored: (/** @type {string} */ file) => /[/\\](\.malbild|dist|test-results)([/\\]|$)/.test(file) && !inside(contentDir, file) } },
		build: {
			// Inlined scripts would need 'unsafe-inline' too.
			assetsInlineLimit: 0,
			// The build script's staging folder holds the downloads it writes beside Astro and the
			// previous site, which Astro writes over (src/lib/publish.ts): Astro must not empty it.
			emptyOutDir: process.env.MALBILD_OUT_DIR ? false : undefined,
			rolldownOptions: {
				// Every MDX page trips this bundler warning, a long block in the build's output; it is
				// Astro's to mend (withastro/astro#18087) and nothing an editor can act on.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	devToolbar: { enabled: false },
});
