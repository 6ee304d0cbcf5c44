import path from 'node:path';

/** The content tree a build uses: `MALBILD_CONTENT`, or `content/` in the project. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env.MALBILD_CONTENT || 'content');
}
