/**
 * Builds the site: `npm run build`. See scripts/build-pipeline.ts for what a build does.
 *
 *   npm run build                                   # content/ → dist/
 *   MALBILD_CONTENT=examples/smedjebacken npm run build
 *   MALBILD_DIST=out npm run build                  # another output folder
 *
 * First Node is told to keep the compiled code of every module it loads (Astro's and Vite's, and
 * the TypeScript it strips from Målbild's own) between builds: loading them is a fixed part of
 * every build, and about half of it is compiling.
 */
import module from 'node:module';
import path from 'node:path';

module.enableCompileCache?.(path.resolve('.malbild/cache/node'));
await import('./build-pipeline.ts');
