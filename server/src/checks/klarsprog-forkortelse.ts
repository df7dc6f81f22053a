// klarsprog/forkortelse: a law abbreviation (SEL, LAS, …) at its first use when the law's name has not been
// written out before it or in the same sentence. Laws and their names are data (rules/data/forkortelser.yaml).
import type { Check } from '../engine/check.js';
import { keysOf, phraseMatcher } from './rule-types/phrases.js';

interface Law {
  readonly abbr: string;
  readonly name: string;
  readonly phrases: readonly string[];
}

const abbreviationsCache = new WeakMap<object, Map<string, Law>>();

/** Law abbreviations by their exact (upper-case) spelling. */
export function lawAbbreviations(laws: readonly Law[]): ReadonlyMap<string, Law> {
  let map = abbreviationsCache.get(laws);
  if (!map) {
    map = new Map(laws.map((l) => [l.abbr, l]));
    abbreviationsCache.set(laws, map);
  }
  return map;
}

export const klarsprogForkortelse: Check = {
  meta: {
    id: 'klarsprog-forkortelse',
    topic: 'klarsprog',
    rules: ['klarsprog/forkortelse'],
    messages: {
      skrivUd: '"{actual}" er en forkortelse, som borgeren ikke kan forventes at kende. Skriv lovens navn: "{name}".',
    },
  },
  run({ model, kb, report }) {
    const laws = kb.data.forkortelser.laws;
    const byAbbr = lawAbbreviations(laws);
    const names = phraseMatcher<Law>(laws, (l) => l.phrases);
    const sentences = model.parsed.sentences;
    const firstUse = sentences.findIndex((s) => s.words.some((w) => byAbbr.has(w.value)));
    if (firstUse < 0) return;
    const named = new Set<string>();
    const done = new Set<string>();
    for (const sentence of sentences) {
      const keys = keysOf(sentence);
      const namedHere = new Set(names.findIn(sentence.words, keys).map((h) => h.entry.abbr));
      for (const word of sentence.words) {
        const law = byAbbr.get(word.value);
        if (!law || done.has(law.abbr)) continue;
        done.add(law.abbr);
        if (named.has(law.abbr) || namedHere.has(law.abbr)) continue;
        report({ ruleId: 'klarsprog/forkortelse', message: 'skrivUd', values: { actual: word.value, name: law.name }, start: word.start, end: word.end, expected: [law.name], fixable: true });
      }
      for (const abbr of namedHere) named.add(abbr);
    }
  },
};
