import type { CmsConfig } from '@sveltia/cms';
import { stringify } from 'yaml';

/** The configuration as the YAML file Sveltia reads from /admin/config.yml, with a header saying where it comes from. */
export function configYaml(config: CmsConfig): string {
	const header = [
		'# The configuration of the CMS at /admin/ (Sveltia CMS).',
		'# Generated at build time from the schemas in src/lib/schema by src/lib/cms/config.ts:',
		'# edit the schemas, or `cms:` in site.yaml, never this file.',
	].join('\n');
	return `${header}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
