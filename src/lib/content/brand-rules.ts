import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { darkVariant, failedUses, suggestBrand } from '../brand/check.ts';
import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { Content } from './load.ts';

/** The brand colour passes every use in both colour schemes, and the logo is in the tree. */
export function checkBrand(content: Content): Problem[] {
	const problems: Problem[] = [];
	const { brandColor: colour, logo } = content.site;
	const at = { severity: 'error' as const, file: 'site.yaml', line: content.siteLineOf(['brandColor']), field: 'brandColor' };
	const failed = failedUses(colour);
	if (failed.length) {
		const suggestion = suggestBrand(colour);
		for (const f of failed) problems.push({ ...at, ...say('brandContrast', { colour, use: f.use, ratio: f.ratio, needed: f.needed, suggestion }) });
	} else if (!darkVariant(colour)) {
		problems.push({ ...at, ...say('brandNoDarkVariant', { colour }) });
	}
	if (logo !== undefined) {
		const file = path.resolve(content.dir, logo);
		// A path out of the tree would publish a file the editor never meant to.
		const inside = file.startsWith(path.resolve(content.dir) + path.sep);
		if (!inside || !existsSync(file) || !statSync(file).isFile()) {
			problems.push({ severity: 'error', file: 'site.yaml', line: content.siteLineOf(['logo']), field: 'logo', ...say('logoMissing', { logo }) });
		}
	}
	return problems;
}
