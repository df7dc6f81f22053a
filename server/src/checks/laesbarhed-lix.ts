// laesbarhed/lix: a section of the body whose LIX (the Scandinavian readability index, see engine/lix.ts) reaches
// the configured threshold (55, "meget svær"). English formulas (Flesch and kin, as in retext-readability) count
// syllables and are calibrated on English; Danish compounds make them meaningless, so Brevtjek uses LIX only.
import type { Check } from '../engine/check.js';
import { lixOf } from '../engine/lix.js';

/**
 * LIX is a statistic over running text: on fewer words or sentences than this it only restates the length of one
 * or two sentences, which laesbarhed/lang-saetning already reports.
 */
const MIN_WORDS = 40;
const MIN_SENTENCES = 3;

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
