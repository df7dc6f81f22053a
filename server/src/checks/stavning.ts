// Spelling: every word of running text must be in the Danish dictionary (the injected speller), the domain
// lexicon (rules/data/stavning-ordliste.yaml and the other word lists it reuses) or the writer's own word list.
// Suggestions are not attached here; adapters ask spellingSuggestions() when the writer wants them. Only the known
// wrong forms in the lexicon carry their correction, which is data and costs nothing.
import { matchCase, type Check } from '../engine/check.js';
import { lowerCaseWords, spellingLexicon } from '../spelling/lexicon.js';
import { spellingTargets } from '../spelling/targets.js';

export const stavning: Check = {
  meta: {
    id: 'stavning',
    topic: 'stavning',
    rules: ['stavning/ukendt-ord'],
    messages: {
      'ukendt-ord': '"{word}" findes ikke i ordbogen eller fagordlisten. Er det stavet rigtigt?',
      'kendt-fejl': '"{word}" er en almindelig stavefejl. Skriv "{correction}".',
    },
  },
  run({ model, kb, config, speller, report }) {
    if (!speller) return;
    const { words: lexicon, misspellings } = spellingLexicon(kb);
    const ownWords = lowerCaseWords(config.words);
    const known = (form: string): boolean => {
      const lower = form.toLowerCase();
      return lexicon.has(lower) || ownWords.has(lower) || speller.correct(form);
    };
    for (const target of spellingTargets(model, lexicon)) {
      // A known wrong form has one right spelling, so it is a safe fix (no dictionary suggestion needed).
      const correction = misspellings.get(target.word.toLowerCase());
      if (correction) {
        const expected = [matchCase(target.word, correction)];
        report({ ruleId: 'stavning/ukendt-ord', message: 'kendt-fejl', start: target.start, end: target.end, values: { word: target.word, correction: expected[0]! }, expected, fixable: true });
        continue;
      }
      if (target.forms.some(known)) continue;
      report({ ruleId: 'stavning/ukendt-ord', message: 'ukendt-ord', start: target.start, end: target.end, values: { word: target.word } });
    }
  },
};
