import type { APIRoute, GetStaticPaths } from 'astro';
import { adminFiles, type AdminFile } from '../../lib/cms/files.ts';

/**
 * The CMS app and what it loads (chunks, translations, fonts), copied from the pinned
 * @sveltia/cms package at build time: editors' browsers never fetch any of it from a CDN.
 */
export const getStaticPaths = (() => adminFiles().map((file) => ({ params: { file: file.path }, props: file }))) satisfies GetStaticPaths;

export const GET: APIRoute<AdminFile> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
