import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * One key per content tree and per setting that changes Astro's configuration (base path, site
 * address). It names Astro's cache folder and the build's staging folder, so that from one build of
 * a tree to the next Astro sees the same configuration: a changed configuration (even only another
 * output folder) makes Astro throw away its content cache and re-bundle its dependencies.
 */
export function buildKey(contentDir: string, env: Record<string, string | undefined> = process.env): string {
	const parts = [path.resolve(contentDir), env.MALBILD_BASE ?? '', env.MALBILD_SITE ?? ''];
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}
