// The domain lexicon as one case-insensitive set: the terms and abbreviations of rules/data/stavning-ordliste.yaml,
// the abbreviations the parser knows (abbreviations.yaml) and the 98 municipality names (kommuner.yaml), so each
// word list is kept in one place only.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

export interface SpellingLexicon {
  /** Lower-case words, without a final period for abbreviations. */
  readonly words: ReadonlySet<string>;
  /** Known wrong forms the dictionary accepts (lower case) → the right spelling. */
  readonly misspellings: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<KnowledgeBase, SpellingLexicon>();

/** Split an entry into the words the parser will see ("Faaborg-Midtfyn" → faaborg, midtfyn; "bl.a." → bl.a). */
function entryWords(entry: string): string[] {
  return entry.toLowerCase().split(/[\s-]+/u).map((w) => w.replace(/\.$/, '')).filter((w) => w.length > 0);
}

export function spellingLexicon(kb: KnowledgeBase): SpellingLexicon {
  let lexicon = compiled.get(kb);
  if (lexicon) return lexicon;
  const words = new Set<string>();
  const data = kb.data['stavning-ordliste'];
  for (const entry of [...data.terms, ...data.abbreviations]) for (const w of entryWords(entry)) words.add(w);
  for (const a of kb.data.abbreviations.abbreviations) for (const w of entryWords(a.abbr)) words.add(w);
  for (const kommune of kb.data.kommuner.kommuner) {
    for (const w of entryWords(kommune)) {
      words.add(w);
      words.add(w.endsWith('s') ? w : `${w}s`);
    }
  }
  const misspellings = new Map(Object.entries(data.misspellings).map(([wrong, right]) => [wrong.toLowerCase(), right]));
  lexicon = { words, misspellings };
  compiled.set(kb, lexicon);
  return lexicon;
}

/** Config words (`words` in brevtjek.json), lower-cased once per configuration. */
const configWordCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

export function lowerCaseWords(words: ReadonlySet<string>): ReadonlySet<string> {
  let lower = configWordCache.get(words);
  if (!lower) {
    lower = new Set([...words].flatMap(entryWords));
    configWordCache.set(words, lower);
  }
  return lower;
}
