// tiltale/blandet: the letter addresses the reader both politely ("De/Dem/Deres") and plainly ("du/dig/din/dit/dine",
// or "I/jer/jeres" to several people); the minority form is flagged. Capitalised "De" in the middle of a sentence is
// always the polite form; at the start of a sentence it may mean "they", so it counts only in a letter that also
// uses the polite form mid-sentence, and never before a word that shows a plural or an article ("De 3 timer",
// "De andre"). The forms are data (rules/data/tiltale.yaml).
import type { Check } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import { keysOf, wordKey } from './rule-types/phrases.js';
import { bodySentences } from './rule-types/scope.js';

interface Use {
  readonly word: Word;
  readonly sentence: number;
  readonly index: number;
  readonly sentenceStart: boolean;
  /** False for a sentence-initial "De", which may mean "they". */
  readonly certain: boolean;
  readonly replace: readonly string[];
  readonly replacePlural?: readonly string[];
  readonly plural?: boolean;
}

/** Uses of the minority form grouped when they are at most three words apart in one sentence. */
function slips(uses: readonly Use[]): Use[][] {
  const groups: Use[][] = [];
  for (const use of uses) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && previous.sentence === use.sentence && use.index - previous.index <= 3) group.push(use);
    else groups.push([use]);
  }
  return groups;
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
    const plainFormOf = (value: string, key: string, sentenceStart: boolean) => {
      const form = informalForms.get(key) ?? (sentenceStart ? undefined : informalForms.get(value));
      return form && !isAllCaps(value) ? form : undefined;
    };
    const they = new Set(data.theyFollowers.map((w) => w.toLowerCase()));
    const formal: Use[] = [];
    const informal: Use[] = [];
    bodySentences(model).forEach((sentence, sentenceIndex) => {
      const keys = keysOf(sentence);
      sentence.words.forEach((word, i) => {
        const sentenceStart = i === 0;
        const polite = formalForms.get(word.value);
        if (polite) {
          const next = sentence.words[i + 1];
          if (sentenceStart && next && (they.has(wordKey(next.value)) || /^\d/.test(next.value))) return;
          formal.push({ word, sentence: sentenceIndex, index: i, sentenceStart, certain: !sentenceStart, replace: polite.replace, replacePlural: polite.replacePlural });
          return;
        }
        const plain = plainFormOf(word.value, keys[i]!, sentenceStart);
        if (plain) informal.push({ word, sentence: sentenceIndex, index: i, sentenceStart, certain: true, replace: plain.replace, plural: plain.plural });
      });
    });
    const formalUses = formal.some((u) => u.certain) ? formal : [];
    if (formalUses.length === 0 || informal.length === 0) return;
    // The smaller group is the slip; on a tie, the form the letter started with wins.
    const formalFirst = formalUses[0]!.word.start < informal[0]!.word.start;
    const flagFormal = formalUses.length < informal.length || (formalUses.length === informal.length && !formalFirst);
    const plural = informal.filter((u) => u.plural).length * 2 > informal.length;
    const [minority, majority] = flagFormal ? [formalUses, informal] : [informal, formalUses];
    const majorityLabel = flagFormal ? (plural ? 'I' : 'du') : 'De';
    const replacementsOf = (use: Use): string[] =>
      (flagFormal && plural ? use.replacePlural ?? use.replace : use.replace).map((r) => (use.sentenceStart ? capitalise(r) : r));
    for (const group of slips(minority)) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const options = group.map(replacementsOf);
      // One slip, one finding: "De skrev i Deres ansøgning" is fixed as a whole ("I skrev i jeres ansøgning").
      let expected: string[] = [];
      if (group.length === 1) expected = options[0]!;
      else if (options.every((o) => o.length === 1)) {
        let text = '';
        let at = first.word.start;
        group.forEach((use, i) => {
          text += model.text.slice(at, use.word.start) + options[i]![0]!;
          at = use.word.end;
        });
        expected = [text];
      }
      report({
        ruleId: 'tiltale/blandet',
        message: 'blandet',
        values: { majority: majorityLabel, majorityCount: majority.length, actual: model.text.slice(first.word.start, last.word.end) },
        start: first.word.start,
        end: last.word.end,
        ...(expected.length ? { expected, fixable: expected.length === 1 && group.every((u) => u.certain) } : {}),
      });
    }
  },
};
