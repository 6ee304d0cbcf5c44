import type { Site } from '../schema/site.ts';

/**
 * The logo's file name in the built site: always `logo.svg` or `logo.png` at the root, whatever
 * it is called in the content tree, so its address never depends on an editor's folder names.
 */
export function logoFile(site: Pick<Site, 'logo'>): string | undefined {
	if (!site.logo) return undefined;
	return site.logo.toLowerCase().endsWith('.png') ? 'logo.png' : 'logo.svg';
}
