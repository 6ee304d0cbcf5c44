import { generateBarePages } from './generate.ts';

/**
 * A bare Astro 7 project with the same number of Markdown pages, each with a 20-row table: no data
 * join, charts or search. It is the floor for anything built on Astro.
 */
export function bareProject(indicators: number, seed = 1): Map<string, string> {
	const files = new Map<string, string>();
	files.set('astro.config.mjs', "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
	files.set(
		'src/content.config.ts',
		[
			"import { defineCollection } from 'astro:content';",
			"import { glob } from 'astro/loaders';",
			"import { z } from 'astro/zod';",
			"export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }), schema: z.object({ title: z.string() }) }) };",
			'',
		].join('\n'),
	);
	files.set(
		'src/pages/[id].astro',
		[
			'---',
			"import { getCollection, render } from 'astro:content';",
			'export async function getStaticPaths() {',
			"\treturn (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
			'}',
			'const { entry } = Astro.props;',
			'const { Content } = await render(entry);',
			'---',
			'<html lang="sv"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>',
			'',
		].join('\n'),
	);
	for (const [file, content] of generateBarePages({ indicators, seed })) files.set(`pages/${file}`, content);
	return files;
}
