import { uiWords } from './i18n/ui.ts';

/**
 * The Swedish interface strings, for code written before the English site. New code takes the
 * page's language: `uiWords[locale]` (src/lib/i18n/ui.ts).
 */
export const ui = uiWords.sv;
