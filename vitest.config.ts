import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The last line of a run, "Tests: N passed, N failed", is what CI logs are read for.
		reporters: ['default', './tests/summary-reporter.ts'],
		// The build tests run Astro several times; give them room on a 2-core machine.
		testTimeout: 20_000,
		hookTimeout: 300_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, 'tests/build/**', 'tests/e2e/**', 'tests/site/**', 'tests/dev/**'],
				},
			},
			{
				// `npm run dev` with a browser: starts its own dev server, builds nothing.
				extends: true,
				test: { name: 'dev', include: ['tests/dev/**/*.test.ts'] },
			},
			{
				// Builds the example sites once (tests/build/global-setup.ts), only when a build test runs.
				extends: true,
				test: {
					name: 'build',
					// tests/e2e (browser) and tests/site (static checks of the built site) read the same builds.
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/site/**/*.test.ts'],
					globalSetup: ['tests/build/global-setup.ts'],
				},
			},
		],
	},
});
