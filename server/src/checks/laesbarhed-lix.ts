// laesbarhed/lix: a section of the body whose LIX (the Scandinavian readability index, see engine/lix.ts) reaches
// the configured threshold (55, "meget svær"). English formulas (Flesch and kin, as in retext-readability) count
// syllables and are calibrated on English; Danish compounds make them meaningless, so Brevtjek uses LIX only.
import type { Check } from '../engine/check.js';
import { lixOf } from '../engine/lix.js';
import type { Block } from '../engine/parse.js';

/**
 * LIX is a statistic over running text: on fewer words or sentences than this it only restates the length of one
 * or two sentences, which laesbarhed/lang-saetning already reports.
 */
const MIN_WORDS = 40;
const MIN_SENTENCES = 3;

/**
 * A cheap upper bound on LIX (a word has no more letters than characters), so that lixOf's letter counting only
 * runs on sections that might be hard; also false for sections too small to measure.
 */
const HAS_LETTER = /\p{L}/u;

function lixUpperBound(blocks: readonly Block[]): number {
  let words = 0;
  let sentences = 0;
  let long = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    for (const sentence of block.sentences) {
      let counted = 0;
      for (const w of sentence.words) {
        if (!HAS_LETTER.test(w.value)) continue;
        counted++;
        if (w.value.length > 6) long++;
      }
      if (counted === 0) continue;
      sentences++;
      words += counted;
    }
  }
  if (words < MIN_WORDS || sentences < MIN_SENTENCES) return 0;
  return words / sentences + (long * 100) / words;
}

export const laesbarhedLix: Check = {
  meta: {
    id: 'laesbarhed-lix',
    topic: 'laesbarhed',
    rules: ['laesbarhed/lix'],
    messages: {
      svaer: 'Afsnittet har LIX {lix} ({band}): {words} ord i {sentences} sætninger, {long} % lange ord. Del de lange sætninger op, og brug kortere ord.',
    },
  },
  run({ model, config, report }) {
    for (const section of model.sections) {
      if (section.role === 'brevhoved' || section.role === 'signatur') continue;
      if (lixUpperBound(section.blocks) < config.lixThreshold) continue;
      const lix = lixOf(section.blocks);
      if (lix.words < MIN_WORDS || lix.sentences < MIN_SENTENCES || lix.lix < config.lixThreshold) continue;
      const first = section.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'list-item')!;
      report({
        ruleId: 'laesbarhed/lix',
        message: 'svaer',
        values: { lix: lix.lix, band: lix.band, words: lix.words, sentences: lix.sentences, long: Math.round((lix.longWords * 100) / lix.words) },
        start: first.start,
        end: section.end,
      });
    }
  },
};
