import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lastChanged } from '../data/last-changed.ts';
import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { buildModel, type Model } from '../model/build.ts';
import { checkBodyLinks } from './body-links.ts';
import { loadContent } from './load.ts';
import { checkReferences } from './references.ts';
import { checkRules } from './rules.ts';
import { checkTranslations } from './translations.ts';

// In a module of its own, for what needs only the folder (src/content.config.ts).
export { contentDir } from './dir.ts';

/** What a validation gives: the model when there is no error, and every problem. */
export type Validation = { model?: Model; problems: Problem[] };

export interface ValidateOptions {
	/** Today, for rules about time (a target year that has passed); the clock by default. */
	now?: Date;
}

/** Validates a whole content tree; the model is built only when there is no error. */
export function validateContent(dir: string, options: ValidateOptions = {}): Validation {
	if (!existsSync(dir)) return { problems: [{ severity: 'error', file: dir, ...say('contentDirMissing') }] };
	const { content, problems } = loadContent(dir);
	if (!content) return { problems };
	const dataDir = path.join(dir, 'data');
	const dataFiles = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.toLowerCase().endsWith('.csv')) : [];
	// Rules do not follow references, so both run: an editor sees every problem in one go.
	problems.push(...checkReferences(content, dataFiles));
	problems.push(...checkRules(content, dataFiles, { year: (options.now ?? new Date()).getFullYear() }));
	problems.push(...checkTranslations(content));
	if (problems.some((p) => p.severity === 'error')) return { problems };
	// Only the files indicators use; one Git call for all of them (src/lib/data/last-changed.ts).
	const used = [...new Set(content.indicators.flatMap((i) => (i.data.data ? [i.data.data] : [])))];
	const changed = lastChanged(used.map((name) => path.join(dataDir, name)));
	const model = buildModel(content, { dataChanged: (name) => changed.get(path.resolve(dataDir, name)) });
	// Links in the bodies are checked against the pages the model makes.
	const links = checkBodyLinks(content, model, process.env.MALBILD_BASE || content.site.base);
	problems.push(...links);
	return links.length ? { problems } : { model, problems };
}
