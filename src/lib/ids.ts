/**
 * Ids: the file names of entries, which are also their addresses. Shared by the CMS configuration
 * and `npm run new`, so both make the ids `src/lib/content/load.ts` accepts.
 */
import { paths } from './urls.ts';

/** An id: lower-case a–z, digits, single hyphens between. */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** The longest id made from a title; an editor can choose a shorter one. */
export const ID_MAX_LENGTH = 60;

/**
 * Page ids the site's own addresses already use: a page is served at /<id>/, so a page called
 * "indikatorer" or "admin" would collide with the list of indicators or the CMS.
 */
export const RESERVED_PAGE_IDS: readonly string[] = [
	...new Set([paths.area('x'), paths.goal('x'), paths.indicators(), paths.strategies(), paths.openData(), paths.print(), paths.printEn()].map((p) => p.split('/')[0]!)),
	'admin',
];

/** The id pattern for pages, without the reserved ids. */
export const PAGE_ID_PATTERN = `^(?!(?:${RESERVED_PAGE_IDS.join('|')})$)[a-z0-9]+(?:-[a-z0-9]+)*$`;
