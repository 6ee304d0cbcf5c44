import path from 'node:path';
import type { APIRoute } from 'astro';
import { cmsConfig } from '../../lib/cms/config.ts';
import { contentPathIn, repositoryRoot } from '../../lib/cms/files.ts';
import { configYaml } from '../../lib/cms/yaml.ts';
import { contentDir } from '../../lib/content/dir.ts';
import { getModel } from '../../lib/site.ts';

/** The CMS configuration, generated from the schemas and site.yaml at build time. */
export const GET: APIRoute = () => {
	const dir = contentDir();
	const root = repositoryRoot(dir);
	const config = cmsConfig({ site: getModel().site, contentPath: contentPathIn(root, dir), repositoryName: path.basename(root) });
	return new Response(configYaml(config), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
