/**
 * html-validate for the built site (tests/site/html-validate.test.ts checks every page of both
 * example builds with it). The recommended and document presets, and three rules adjusted, each
 * for a reason. This is a .mjs file only so the reasons can be written down: a .htmlvalidate.json
 * cannot hold comments, and html-validate rejects any extra key.
 */
export default {
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Subresource Integrity guards against someone else's server changing a file. Målbild loads
		// every script and stylesheet from the site itself (no CDN; the browser tests fail on any
		// request to another origin), so SRI is required only where it would matter: cross-origin.
		'require-sri': ['error', { target: 'crossorigin' }],
		// long-title is advice for search result pages (titles over 70 characters are cut there).
		// Titles here are the organisations' own goal and indicator names, word for word, some of
		// them 190 characters long; shortening them would change the municipality's text.
		'long-title': 'off',
		// tel-non-breaking wants a phone number kept on one line. The footer's tel link has the
		// class "tel", which does that with white-space: nowrap, and its text stays the number as
		// the organisation writes it (plain hyphen and spaces), for screen readers and copying.
		'tel-non-breaking': ['error', { ignoreClasses: ['tel'] }],
	},
};
