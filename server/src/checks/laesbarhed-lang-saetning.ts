// laesbarhed/lang-saetning: a sentence of running text over the configured length: a hint above
// longSentenceHint words (30), a warning above longSentenceWarning (40). List items, headings and address or
// signature lines are not sentences and are not counted.
import type { Check } from '../engine/check.js';
import { bodySentences, isProse, isQuotation } from './rule-types/scope.js';

export const laesbarhedLangSaetning: Check = {
  meta: {
    id: 'laesbarhed-lang-saetning',
    topic: 'laesbarhed',
    rules: ['laesbarhed/lang-saetning'],
    messages: {
      lang: 'Sætningen har {count} ord. Del den op i kortere sætninger, og sæt det vigtigste først.',
    },
  },
  run({ model, config, report }) {
    for (const sentence of bodySentences(model)) {
      if (!isProse(model, sentence) || isQuotation(model, sentence)) continue;
      // Word nodes always hold letters or digits; punctuation is not among the words.
      const count = sentence.words.length;
      if (count <= config.longSentenceHint) continue;
      report({
        ruleId: 'laesbarhed/lang-saetning',
        message: 'lang',
        values: { count },
        start: sentence.start,
        end: sentence.end,
        severity: count > config.longSentenceWarning ? 'warning' : 'hint',
      });
    }
  },
};
