import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		reporters: ['default', './tests/summary-reporter.ts'],
		// The build tests run Astro several times; give them room on a 2-core machine.
		testTimeout: 20_000,
		hookTimeout: 300_000,
	},
});
