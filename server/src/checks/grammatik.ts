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
    pronounAnd: new Map(Object.entries(d.sinHans.pronounAnd).map(([p, forms]) => [p, new Map(Object.entries(forms))])),
  };
  compiledFor.set(d, c);
  return c;
}

const key = (w: Word): string => w.value.toLowerCase();
const endsWithAny = (k: string, endings: readonly string[]): boolean => endings.some((e) => k.length > e.length + 2 && k.endsWith(e));

/** Index of the word that governs an infinitive at `i` (a modal, or "at" after "for/om/nå …"), or -1. */
function infinitiveMarkerBefore(words: readonly Word[], i: number, text: string, c: Compiled): number {
  let j = i - 1;
  for (let skipped = 0; j >= 0 && skipped < 3 && c.between.has(key(words[j]!)) && adjacent(text, words[j]!, words[j + 1]!); skipped++) j--;
  if (j < 0 || !adjacent(text, words[j]!, words[j + 1]!)) return -1;
  const k = key(words[j]!);
  if (c.modals.has(k)) return j;
  if (k === 'at' && j === i - 1 && j > 0 && c.infinitiveBefore.has(key(words[j - 1]!)) && adjacent(text, words[j - 1]!, words[j]!)) return j;
  return -1;
}

/** No punctuation between two words (a comma or full stop breaks every pattern here). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[\s*_]*$/.test(text.slice(a.end, b.start));
}

/** The words before `i` in the same clause (back to the nearest punctuation). */
function clauseBefore(words: readonly Word[], i: number, text: string): readonly Word[] {
  let j = i;
  while (j > 0 && adjacent(text, words[j - 1]!, words[j]!)) j--;
  return words.slice(j, i);
}

function presentToInfinitive(w: Word, c: Compiled): string | undefined {
  if (!/^\p{Ll}/u.test(w.value)) return undefined;
  const k = key(w);
  if (c.notVerbs.has(k) || endsWithAny(k, c.nounEndings)) return undefined;
  return c.irregular.get(k) ?? (k.length >= 4 && k.endsWith('er') ? k.slice(0, -1) : undefined);
}

function checkSentence(words: readonly Word[], sentenceText: string, ctx: CheckContext, c: Compiled): void {
  const { text } = ctx.model;
  const fire = (ruleId: string, message: string, w: Word, replacement: string, fixable: boolean): void =>
    ctx.report({ ruleId, message, start: w.start, end: w.end, values: { word: w.value, replacement: matchCase(w.value, replacement) }, expected: [matchCase(w.value, replacement)], fixable });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = key(w);
    const next = words[i + 1];
    const forsat = c.forsat.get(k);
    if (forsat) fire('grammatik/forsat', 'forsat', w, forsat, false);
    const ligge = c.ligge.get(k);
    if (ligge && next && adjacent(text, w, next) && (ligge.next.has(key(next)) || endsWithAny(key(next), ligge.nextEndings))
      && (!ligge.afterInfinitiveMarker || infinitiveMarkerBefore(words, i, text, c) >= 0)) {
      fire('grammatik/ligge-laegge', 'liggeLaegge', w, ligge.replacement, false);
    }
    if (k === 'nogen' && next && adjacent(text, w, next) && (c.pluralWords.has(key(next)) || endsWithAny(key(next), c.pluralEndings))
      && !sentenceText.trimEnd().endsWith('?') && !clauseBefore(words, i, text).some((b) => c.negative.has(key(b)))) {
      fire('grammatik/nogen-nogle', 'nogenNogle', w, 'nogle', false);
    }
    const pronoun = c.pronounAnd.get(k);
    const possessive = words[i + 2];
    if (pronoun && next && possessive && key(next) === 'og' && adjacent(text, w, next) && adjacent(text, next, possessive)) {
      const replacement = pronoun.get(key(possessive));
      if (replacement) fire('grammatik/sin-hans', 'sinHans', possessive, replacement, false);
    }
    if (i > 0 && infinitiveMarkerBefore(words, i, text, c) >= 0 && !c.modals.has(k)) {
      const infinitive = presentToInfinitive(w, c);
      if (infinitive) fire('grammatik/nutids-r', 'nutidsR', w, infinitive, true);
    }
  }
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
      sinHans: '"{word}" kan ikke henvise til "du", "vi" eller "I". Skriv "{replacement}".',
    },
  },
  run(ctx) {
    const c = compile(ctx.kb);
    const frontmatterEnd = ctx.model.parsed.frontmatter?.end ?? 0;
    for (const sentence of ctx.model.parsed.sentences) {
      if (sentence.end <= frontmatterEnd || sentence.words.length < 2) continue;
      checkSentence(sentence.words, ctx.model.text.slice(sentence.start, sentence.end), ctx, c);
    }
  },
};
