// klarsprog/jargon: a legal or administrative term at its first use (a heading counts) without an explanation nearby. Terms and the
// phrases that count as an explanation are data (rules/data/jargon.yaml). A capitalised term that the letter also
// uses as a name (in the letterhead, the signature or mid-sentence: "Visitationen") is a unit's name, not jargon.
import type { Check } from '../engine/check.js';
import type { LetterModel } from '../engine/letter-model.js';
import type { Sentence } from '../engine/parse.js';
import { keysOf, phraseMatcher, wordKey, type PhraseHit } from './rule-types/phrases.js';
import { blockOf, bodySentences } from './rule-types/scope.js';

interface Term {
  readonly term: string;
  readonly phrases: readonly string[];
  readonly explanation: string;
  readonly clearIn: readonly string[];
}

const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);

/** Keys of words the letter writes with a capital as a name: outside the body, or in the middle of a sentence. */
function capitalisedNames(model: LetterModel, body: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  const inBody = new Set(body);
  for (const sentence of model.parsed.sentences) {
    sentence.words.forEach((w, i) => {
      if (startsUpper(w.value) && (i > 0 || !inBody.has(sentence))) names.add(wordKey(w.value));
    });
  }
  return names;
}

export const klarsprogJargon: Check = {
  meta: {
    id: 'klarsprog-jargon',
    topic: 'klarsprog',
    rules: ['klarsprog/jargon'],
    messages: {
      forklar: 'Fagudtrykket "{actual}" står uden forklaring. Forklar det med almindelige ord, eller skriv det om.',
    },
  },
  run({ model, kb, report }) {
    const data = kb.data.jargon;
    const terms = phraseMatcher<Term>(data.terms, (t) => t.phrases);
    const after = phraseMatcher(data.explainedAfter, (p) => [p]);
    const before = phraseMatcher(data.explainedBefore, (p) => [p]);
    // The subject line counts as a first use too ("Partshøring om dine merudgifter" above "Kære …").
    const subject = model.facts.subject?.slice(0, 30);
    const subjectLine = subject
      ? model.parsed.sentences.filter((s) => s.start < model.headerEnd && blockOf(model, s).kind === 'heading' && model.slice(s).replace(/[#*_]/g, '').trim().startsWith(subject))
      : [];
    const body = [...subjectLine, ...bodySentences(model)];
    const isHeading = (sentence: Sentence) => blockOf(model, sentence).kind === 'heading';
    let names: Set<string> | undefined;
    const seen = new Set<string>();
    const explained = (hit: PhraseHit<Term>, sentence: Sentence, next: Sentence | undefined): boolean => {
      const keys = keysOf(sentence);
      if (before.findIn(sentence.words, keys).some((h) => h.to <= hit.from)) return true;
      if (after.findIn(sentence.words, keys).some((h) => h.from >= hit.to)) return true;
      if (next && after.findIn(next.words.slice(0, 4), keysOf(next).slice(0, 4)).some((h) => h.from === 0)) return true;
      // "(…)" right after the term, or the term itself inside a parenthesis.
      return /^\s*\(/.test(model.text.slice(hit.end, hit.end + 3)) || /\([^()]{0,40}$/.test(model.text.slice(Math.max(0, hit.start - 40), hit.start));
    };
    // A heading ("Partshøring om din sag") is explained by the text under it: "Det kaldes partshøring." or "… det betyder …".
    const explainedBelow = (index: number): boolean =>
      body.slice(index + 1, index + 5).some((s) => {
        const keys = keysOf(s);
        return before.findIn(s.words, keys).length > 0 || after.findIn(s.words, keys).length > 0;
      });
    const clearIn = new Map(data.terms.filter((t) => t.clearIn.length).map((t) => [t.term, phraseMatcher(t.clearIn, (p) => [p])]));
    const clearInContext = (term: Term, sentences: readonly (Sentence | undefined)[]): boolean => {
      const matcher = clearIn.get(term.term);
      return !!matcher && sentences.some((s) => s !== undefined && matcher.findIn(s.words, keysOf(s)).length > 0);
    };
    body.forEach((sentence, index) => {
      for (const hit of terms.findIn(sentence.words, keysOf(sentence))) {
        const first = sentence.words[hit.from]!;
        if (startsUpper(first.value) && (names ??= capitalisedNames(model, body)).has(wordKey(first.value))) continue;
        if (seen.has(hit.entry.term)) continue;
        seen.add(hit.entry.term);
        if (explained(hit, sentence, body[index + 1]) || (isHeading(sentence) && explainedBelow(index)) || clearInContext(hit.entry, [sentence, body[index - 1]])) continue;
        report({ ruleId: 'klarsprog/jargon', message: 'forklar', values: { actual: model.text.slice(hit.start, hit.end) }, start: hit.start, end: hit.end, note: `Forslag til forklaring: ${hit.entry.explanation}` });
      }
    });
  },
};
