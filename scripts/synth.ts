/**
 * Writes a synthetic content tree: `npm run synth -- <dir> <indicators> [seed]`.
 * The same seed gives the same tree, byte for byte.
 */
import path from 'node:path';
import { generateTree } from '../src/lib/synth/generate.ts';
import { writeTree } from '../src/lib/synth/write.ts';

const [dir, count = '200', seed = '1'] = process.argv.slice(2);
if (!dir || dir.startsWith('-') || !/^\d+$/.test(count) || !/^\d+$/.test(seed)) {
	console.error('Användning: npm run synth -- <mapp> <antal indikatorer> [frö]');
	process.exit(2);
}
writeTree(path.resolve(dir), generateTree({ indicators: Number(count), seed: Number(seed) }));
console.log(`Skrev ${count} indikatorer till ${dir}`);
