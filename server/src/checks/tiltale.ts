// tiltale/blandet: the letter addresses the reader both as "De/Dem/Deres" and as "du/dig/din/dit/dine"; the
// minority form is flagged. Capitalised "De" in the middle of a sentence is always the polite form; at the start of a
// sentence it may mean "they", so it counts only in a letter that also uses the polite form mid-sentence, and never
// before a word that shows a plural or an article ("De 3 timer", "De andre"). The forms are data (rules/data/tiltale.yaml).
import type { Check } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import { wordKey } from './rule-types/phrases.js';
import { bodySentences } from './rule-types/scope.js';

interface Use {
  readonly word: Word;
  readonly replace: readonly string[];
  readonly sentenceStart: boolean;
  readonly certain: boolean;
}

const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase();

export const tiltale: Check = {
  meta: {
    id: 'tiltale',
    topic: 'tiltale',
    rules: ['tiltale/blandet'],
    messages: {
      blandet: 'Brevet tiltaler mest borgeren med "{majority}" ({majorityCount} gange), men her står "{actual}". Brug samme tiltale i hele brevet.',
    },
  },
  run({ model, kb, report }) {
    const data = kb.data.tiltale;
    const formalForms = new Map(data.formal.map((f) => [f.form, f.replace]));
    const informalForms = new Map(data.informal.map((f) => [f.form.toLowerCase(), f.replace]));
    const they = new Set(data.theyFollowers.map((w) => w.toLowerCase()));
    const formal: Use[] = [];
    const informal: Use[] = [];
    for (const sentence of bodySentences(model)) {
      sentence.words.forEach((word, i) => {
        const sentenceStart = i === 0;
        const polite = formalForms.get(word.value);
        if (polite) {
          const next = sentence.words[i + 1];
          if (sentenceStart && next && (they.has(wordKey(next.value)) || /^\d/.test(next.value))) return;
          formal.push({ word, replace: polite, sentenceStart, certain: !sentenceStart });
          return;
        }
        const plain = isAllCaps(word.value) ? undefined : informalForms.get(word.value.toLowerCase());
        if (plain) informal.push({ word, replace: plain, sentenceStart, certain: true });
      });
    }
    const formalUses = formal.some((u) => u.certain) ? formal : [];
    if (formalUses.length === 0 || informal.length === 0) return;
    // The smaller group is the slip; on a tie, the form the letter started with wins.
    const formalFirst = formalUses[0]!.word.start < informal[0]!.word.start;
    const flagFormal = formalUses.length < informal.length || (formalUses.length === informal.length && !formalFirst);
    const [minority, majority, majorityLabel] = flagFormal ? [formalUses, informal, 'du'] : [informal, formalUses, 'De'];
    for (const use of minority) {
      const expected = use.replace.map((r) => (use.sentenceStart ? r.charAt(0).toUpperCase() + r.slice(1) : r));
      report({
        ruleId: 'tiltale/blandet',
        message: 'blandet',
        values: { majority: majorityLabel, majorityCount: majority.length, actual: use.word.value },
        start: use.word.start,
        end: use.word.end,
        expected,
        fixable: expected.length === 1 && use.certain,
      });
    }
  },
};
