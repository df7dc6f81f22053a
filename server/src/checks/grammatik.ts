// Classic Danish grammar confusions that a spelling check cannot see because every word is a real word:
// present-tense -r after a modal verb or infinitive "at", "forsat" for "fortsat", ligge/lægge, nogen/nogle and
// sin/din after "du og". Precision over recall: each rule only fires on a clear pattern. Word lists are data
// (rules/data/grammatik.yaml); this module walks the model's sentences once.
import type { Check, CheckContext } from '../engine/check.js';
import { matchCase } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

interface Compiled {
  readonly modals: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly infinitiveBefore: ReadonlySet<string>;
  readonly irregular: ReadonlyMap<string, string>;
  readonly notVerbs: ReadonlySet<string>;
  readonly nounEndings: readonly string[];
  readonly forsat: ReadonlyMap<string, string>;
  readonly ligge: ReadonlyMap<string, { replacement: string; afterInfinitiveMarker: boolean; next: ReadonlySet<string>; nextEndings: readonly string[] }>;
  readonly pluralWords: ReadonlySet<string>;
  readonly pluralEndings: readonly string[];
  readonly negative: ReadonlySet<string>;
  readonly negation: string;
  readonly negationVerbs: ReadonlySet<string>;
  readonly pronounAnd: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const compiledFor = new WeakMap<object, Compiled>();

function compile(kb: KnowledgeBase): Compiled {
  const d = kb.data.grammatik;
  let c = compiledFor.get(d);
  if (c) return c;
  c = {
    modals: new Set(d.nutidsR.modals),
    between: new Set(d.nutidsR.between),
    infinitiveBefore: new Set(d.nutidsR.infinitiveBefore),
    irregular: new Map(Object.entries(d.nutidsR.irregular)),
    notVerbs: new Set(d.nutidsR.notVerbs),
    nounEndings: d.nutidsR.nounEndings,
    forsat: new Map(Object.entries(d.forsat)),
    ligge: new Map(d.liggeLaegge.map((e) => [e.form, { replacement: e.replacement, afterInfinitiveMarker: e.afterInfinitiveMarker, next: new Set(e.next), nextEndings: e.nextEndings }])),
    pluralWords: new Set(d.nogenNogle.pluralWords),
    pluralEndings: d.nogenNogle.pluralEndings,
    negative: new Set(d.nogenNogle.negative),
    negation: d.nogenNogle.negation,
    negationVerbs: new Set(d.nogenNogle.negationVerbs),
    pronounAnd: new Map(Object.entries(d.sinHans.pronounAnd).map(([p, forms]) => [p, new Map(Object.entries(forms))])),
  };
  compiledFor.set(d, c);
  return c;
}

/** One sentence prepared once: lower-case keys and whether each word follows the previous with no punctuation. */
interface View {
  readonly words: readonly Word[];
  readonly keys: readonly string[];
  /** joined[i]: nothing but spaces between word i-1 and word i. */
  readonly joined: readonly boolean[];
}

const endsWithAny = (k: string, endings: readonly string[]): boolean => endings.some((e) => k.length > e.length + 2 && k.endsWith(e));

/** No punctuation between two words (a comma or full stop breaks every pattern here). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 10 && ch !== 9 && ch !== 13 && ch !== 42 && ch !== 95) return false; // space, newlines, tab, * and _
  }
  return true;
}

function viewOf(words: readonly Word[], text: string): View {
  return {
    words,
    keys: words.map((w) => w.value.toLowerCase()),
    joined: words.map((w, i) => i > 0 && onlySpaces(text, words[i - 1]!.end, w.start)),
  };
}

/** Index of the word that governs an infinitive at `i` (a modal, or "at" after "for/om/nå …"), or -1. */
function infinitiveMarkerBefore(v: View, i: number, c: Compiled): number {
  let j = i - 1;
  // Skip pronouns and adverbs ("skal du ikke"), and one inverted proper-name subject ("kan Noah få").
  for (let skipped = 0, names = 0; j >= 0 && skipped < 3 && v.joined[j + 1]; skipped++, j--) {
    if (c.between.has(v.keys[j]!)) continue;
    if (names++ === 0 && j > 0 && /^\p{Lu}\p{Ll}/u.test(v.words[j]!.value)) continue;
    break;
  }
  if (j < 0 || !v.joined[j + 1]) return -1;
  const k = v.keys[j]!;
  if (c.modals.has(k)) return j;
  if (k === 'at' && j === i - 1 && j > 0 && c.infinitiveBefore.has(v.keys[j - 1]!) && v.joined[j]) return j;
  return -1;
}

/** True when a word before `i` in the same clause (back to the nearest punctuation) is in the set. */
function clauseHas(v: View, i: number, set: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= 0 && v.joined[j + 1]; j--) if (set.has(v.keys[j]!)) return true;
  return false;
}

/** "skal ægtefæller først bruge": the -r word is a plural subject when an adverb and an infinitive follow it. */
function invertedSubject(v: View, i: number, c: Compiled): boolean {
  let j = i + 1;
  while (j < v.words.length && v.joined[j] && c.between.has(v.keys[j]!)) j++;
  return j > i + 1 && j < v.words.length && v.joined[j]! && v.keys[j]!.endsWith('e') && /^\p{Ll}/u.test(v.words[j]!.value);
}

function presentToInfinitive(w: Word, k: string, c: Compiled): string | undefined {
  if (!/^\p{Ll}/u.test(w.value)) return undefined;
  if (c.notVerbs.has(k) || endsWithAny(k, c.nounEndings)) return undefined;
  return c.irregular.get(k) ?? (k.length >= 4 && k.endsWith('er') ? k.slice(0, -1) : undefined);
}

function checkSentence(v: View, sentenceText: string, ctx: CheckContext, c: Compiled): void {
  const fire = (ruleId: string, message: string, w: Word, replacement: string, fixable: boolean): void =>
    ctx.report({ ruleId, message, start: w.start, end: w.end, values: { word: w.value, replacement: matchCase(w.value, replacement) }, expected: [matchCase(w.value, replacement)], fixable });
  const { words, keys, joined } = v;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = keys[i]!;
    const nextKey = i + 1 < words.length && joined[i + 1] ? keys[i + 1]! : undefined;
    const forsat = c.forsat.get(k);
    if (forsat) fire('grammatik/forsat', 'forsat', w, forsat, false);
    const ligge = c.ligge.get(k);
    if (ligge && nextKey && (ligge.next.has(nextKey) || endsWithAny(nextKey, ligge.nextEndings))
      && (!ligge.afterInfinitiveMarker || infinitiveMarkerBefore(v, i, c) >= 0)) {
      fire('grammatik/ligge-laegge', 'liggeLaegge', w, ligge.replacement, false);
    }
    if (k === 'nogen' && nextKey && (c.pluralWords.has(nextKey) || endsWithAny(nextKey, c.pluralEndings))
      && !sentenceText.trimEnd().endsWith('?') && !clauseHas(v, i, c.negative)) {
      fire('grammatik/nogen-nogle', 'nogenNogle', w, 'nogle', false);
    }
    // After a negation it is "nogen": "Hvis du ikke har nogle kontoudtog" → "nogen kontoudtog".
    if (k === 'nogle' && nextKey && (c.pluralWords.has(nextKey) || endsWithAny(nextKey, c.pluralEndings)) && negatedJustBefore(keys, i, c)) {
      fire('grammatik/nogen-nogle', 'nogleNogen', w, 'nogen', false);
    }
    const pronoun = c.pronounAnd.get(k);
    if (pronoun && nextKey === 'og' && i + 2 < words.length && joined[i + 2]) {
      const replacement = pronoun.get(keys[i + 2]!);
      if (replacement) fire('grammatik/sin-hans', 'sinHans', words[i + 2]!, replacement, false);
    }
    if (i > 0 && !c.modals.has(k) && k.endsWith('r') && infinitiveMarkerBefore(v, i, c) >= 0 && !invertedSubject(v, i, c)) {
      const infinitive = presentToInfinitive(w, k, c);
      if (infinitive) fire('grammatik/nutids-r', 'nutidsR', w, infinitive, true);
    }
  }
}

/** "ikke nogle", or "ikke" and one verb before it ("ikke har nogle", "ikke fået nogle"). */
function negatedJustBefore(keys: readonly string[], i: number, c: Compiled): boolean {
  if (keys[i - 1] === c.negation) return true;
  return keys[i - 2] === c.negation && c.negationVerbs.has(keys[i - 1] ?? '');
}

export const grammatik: Check = {
  meta: {
    id: 'grammatik',
    topic: 'grammatik',
    rules: ['grammatik/nutids-r', 'grammatik/forsat', 'grammatik/ligge-laegge', 'grammatik/nogen-nogle', 'grammatik/sin-hans'],
    messages: {
      nutidsR: 'Efter "skal", "kan", "vil" eller "at" skal udsagnsordet stå i navnemåde: skriv "{replacement}", ikke "{word}".',
      forsat: '"{word}" betyder flyttet. Mener du "{replacement}" (som fortsætter)?',
      liggeLaegge: 'Her skal det være "{replacement}" (at anbringe noget), ikke "{word}" (at være i ro).',
      nogenNogle: 'I en bekræftende sætning om flere ting hedder det "{replacement}", ikke "{word}".',
      nogleNogen: 'Efter "ikke" hedder det "{replacement}", ikke "{word}".',
      sinHans: '"{word}" kan ikke henvise til "du", "vi" eller "I". Skriv "{replacement}".',
    },
  },
  run(ctx) {
    const c = compile(ctx.kb);
    const frontmatterEnd = ctx.model.parsed.frontmatter?.end ?? 0;
    for (const sentence of ctx.model.parsed.sentences) {
      if (sentence.end <= frontmatterEnd || sentence.words.length < 2) continue;
      checkSentence(viewOf(sentence.words, ctx.model.flowText), ctx.model.flowText.slice(sentence.start, sentence.end), ctx, c);
    }
  },
};
