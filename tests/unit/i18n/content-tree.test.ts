/** A translation file in a content tree: validated, then carried by its entry in the model. */
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { brokenTree, removeTrees, replace, write } from '../content/helpers.ts';

afterAll(removeTrees);

it('carries areas/ekonomi.en.md with the area ekonomi, and nothing for an untranslated entry', () => {
	const dir = brokenTree(
		replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlocales: [sv, en]\ntranslations:\n  en:\n    title: Provstad goals'),
		write('areas/ekonomi.en.md', '---\ntitle: Economy\n---\n\nThe economy in English.\n'),
	);
	const { model, problems } = validateContent(dir);
	expect(problems).toEqual([]);
	const ekonomi = model!.areas.find((a) => a.id === 'ekonomi')!;
	expect(ekonomi.data.title).toBe('Ekonomi');
	expect(ekonomi.translations).toEqual({ en: { file: 'areas/ekonomi.en.md', data: { title: 'Economy' }, body: '\nThe economy in English.\n' } });
	expect(model!.areas.find((a) => a.id === 'natur')!.translations).toBeUndefined();
	expect(model!.site.translations?.en?.title).toBe('Provstad goals');
	// The translation is no entry of its own.
	expect(model!.areas.map((a) => a.id).sort()).toEqual(['ekonomi', 'natur']);
});
