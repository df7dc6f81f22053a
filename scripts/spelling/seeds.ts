// Per-file share of words flagged by the spelling check in the seed reports (../shared/seeds by default).
// Usage: npx tsx scripts/spelling/seeds.ts [SEED_DIR] [--words]   (--words also lists the flagged words)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpeller } from '../../server/src/io/speller-loader.js';
import { loadKnowledgeBase } from '../../server/src/knowledge/load.js';
import { flaggedShare } from '../../server/src/spelling/flagged-share.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/seeds');
const listWords = args.includes('--words');
const kb = loadKnowledgeBase();
const speller = loadSpeller();
for (const file of readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
  const result = flaggedShare(readFileSync(join(dir, file), 'utf8'), speller, kb);
  console.log(`${file}\t${result.words} ord\t${result.flagged} markeret\t${(100 * result.share).toFixed(2)} %`);
  if (listWords) console.log(`  ${result.flaggedWords.join(' ')}`);
}
