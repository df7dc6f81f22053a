// klarsprog/paragraf: a bare paragraph reference ("jf. § 100") in a sentence that does not name the law in words
// ("serviceloven", "barnets lov", "lokalplanen") or by its abbreviation (which klarsprog/forkortelse handles).
import type { Check } from '../engine/check.js';
import { lawAbbreviations } from './klarsprog-forkortelse.js';
import { wordKey } from './rule-types/phrases.js';
import { bodySentences, isQuotation } from './rule-types/scope.js';

export const klarsprogParagraf: Check = {
  meta: {
    id: 'klarsprog-paragraf',
    topic: 'klarsprog',
    rules: ['klarsprog/paragraf'],
    messages: {
      lov: '"{actual}" siger ikke, hvilken lov paragraffen står i. Skriv lovens navn, fx "serviceloven § 100", og forklar gerne reglen.',
    },
  },
  run({ model, kb, report }) {
    const { laws, lawWordEndings } = kb.data.forkortelser;
    const abbreviations = lawAbbreviations(laws);
    const text = model.flowText;
    for (const sentence of bodySentences(model)) {
      if (isQuotation(model, sentence)) continue;
      const sign = text.indexOf('§', sentence.start);
      if (sign < 0 || sign >= sentence.end) continue;
      const slice = text.slice(sentence.start, sentence.end);
      const references = [...slice.matchAll(/(?:\bjf\.?\s*)?§§?\s*\d+(?:\s*[a-z]\b)?/gu)];
      const namesLaw = sentence.words.some((w) => abbreviations.has(w.value) || lawWordEndings.some((e) => wordKey(w.value).endsWith(e)));
      if (namesLaw) continue;
      for (const m of references) {
        // "en § 56-aftale" names a kind of agreement, not a rule to look up.
        if (text[sentence.start + m.index! + m[0].length] === '-') continue;
        const start = sentence.start + m.index!;
        report({ ruleId: 'klarsprog/paragraf', message: 'lov', values: { actual: m[0] }, start, end: start + m[0].length });
      }
    }
  },
};
