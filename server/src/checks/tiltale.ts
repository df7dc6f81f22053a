// tiltale/blandet: the letter addresses the reader both politely ("De/Dem/Deres") and plainly ("du/dig/din/dit/dine",
// or "I/jer/jeres" to several people); the minority form is flagged. Capitalised "De" in the middle of a sentence is
// always the polite form; at the start of a sentence it may mean "they", so it counts only in a letter that also
// uses the polite form mid-sentence, and never before a word that shows a plural or an article ("De 3 timer",
// "De andre"). The forms are data (rules/data/tiltale.yaml).
import type { Check } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import { wordKey } from './rule-types/phrases.js';
import { bodySentences } from './rule-types/scope.js';

interface Use {
  readonly word: Word;
  readonly sentenceStart: boolean;
  /** False for a sentence-initial "De", which may mean "they". */
  readonly certain: boolean;
  readonly replace: readonly string[];
  readonly replacePlural?: readonly string[];
  readonly plural?: boolean;
}

const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase();
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
    const formalForms = new Map(data.formal.map((f) => [f.form, f]));
    // Lower-case forms match in any casing; a form written with a capital ("I") only as written, mid-sentence.
    const informalForms = new Map(data.informal.map((f) => [f.form, f]));
    const plainFormOf = (value: string, sentenceStart: boolean) => {
      if (isAllCaps(value)) return undefined;
      return informalForms.get(value.toLowerCase()) ?? (sentenceStart ? undefined : informalForms.get(value));
    };
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
          formal.push({ word, sentenceStart, certain: !sentenceStart, replace: polite.replace, replacePlural: polite.replacePlural });
          return;
        }
        const plain = plainFormOf(word.value, sentenceStart);
        if (plain) informal.push({ word, sentenceStart, certain: true, replace: plain.replace, plural: plain.plural });
      });
    }
    const formalUses = formal.some((u) => u.certain) ? formal : [];
    if (formalUses.length === 0 || informal.length === 0) return;
    // The smaller group is the slip; on a tie, the form the letter started with wins.
    const formalFirst = formalUses[0]!.word.start < informal[0]!.word.start;
    const flagFormal = formalUses.length < informal.length || (formalUses.length === informal.length && !formalFirst);
    const plural = informal.filter((u) => u.plural).length * 2 > informal.length;
    const [minority, majority] = flagFormal ? [formalUses, informal] : [informal, formalUses];
    const majorityLabel = flagFormal ? (plural ? 'I' : 'du') : 'De';
    for (const use of minority) {
      const replacements = flagFormal && plural ? use.replacePlural ?? use.replace : use.replace;
      const expected = replacements.map((r) => (use.sentenceStart ? capitalise(r) : r));
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
