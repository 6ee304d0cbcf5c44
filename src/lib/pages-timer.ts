import type { AstroIntegration } from 'astro';

/**
 * Tells when Astro starts and ends rendering the pages, so that the build can report its Astro
 * phase in two parts: bundling and content sync before, page generation itself (`npm run bench`
 * shows both). It wraps Astro's own prerenderer and changes nothing it does.
 */
export function pagesTimer(onStart: () => void, onEnd: () => void): AstroIntegration {
	return {
		name: 'malbild:pages-timer',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((astros) => ({
					...astros,
					async setup() {
						await astros.setup?.();
						onStart();
					},
					async teardown() {
						onEnd();
						await astros.teardown?.();
					},
				}));
			},
		},
	};
}
