// A phrase matcher over the letter model's words: the shared base of the substitution and existence rule types
// (and of any check that looks for word sequences). Patterns are data; this module compiles them once and runs
// them in one left-to-right pass over each sentence's words, looking candidates up by their first word.
//
// Pattern syntax (tokens separated by spaces, matched case-insensitively, trailing periods ignored: "vedr." = "vedr"):
//   word            the word itself
//   a|b|c           any of the alternatives
//   stem(e|er|)     the stem with one of the endings ("fremsend(e|er|es|t|te)"); the ending is captured as $1, $2 …
//   [a|b]           an optional token (the same forms as above inside the brackets)
//   *               any one word
//   ...             a gap of zero to three words
import type { Word } from '../../engine/parse.js';

type Token =
  | { readonly kind: 'set'; readonly forms: ReadonlyMap<string, string>; readonly optional: boolean; readonly captures: boolean; readonly dotted: boolean }
  | { readonly kind: 'any'; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number };

interface CompiledPattern<T> {
  readonly entry: T;
  readonly tokens: readonly Token[];
}

export interface PhraseHit<T> {
  readonly entry: T;
  readonly start: number;
  readonly end: number;
  /** Index (into the searched word list) of the first and one past the last matched word. */
  readonly from: number;
  readonly to: number;
  /** The endings captured by stem(…) tokens, in order. */
  readonly endings: readonly string[];
}

export class PhraseSyntaxError extends Error {}

/** The key a word is looked up by: lower case, trailing periods dropped ("Vedr." → "vedr", "p.t." → "p.t"). */
export function wordKey(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 46 /* . */) end--;
  return (end === value.length ? value : value.slice(0, end)).toLowerCase();
}

/** Expand one alternative ("fremsend(e|er|)") into its forms, each mapped to its ending. */
function expandForms(alternative: string, pattern: string): [string, string][] {
  const group = /^([^()]*)\(([^()]*)\)$/.exec(alternative);
  if (!group) {
    if (/[()]/.test(alternative)) throw new PhraseSyntaxError(`ugyldig endelse i "${pattern}"`);
    return [[wordKey(alternative), '']];
  }
  return group[2]!.split('|').map((ending) => [wordKey(group[1]! + ending), ending]);
}

function compileToken(source: string, pattern: string): Token {
  if (source === '...') return { kind: 'gap', max: 3 };
  const optional = source.startsWith('[') && source.endsWith(']');
  const body = optional ? source.slice(1, -1) : source;
  if (body === '*') return { kind: 'any', optional };
  if (!body || /[[\]\s]/.test(body)) throw new PhraseSyntaxError(`ugyldigt ord "${source}" i "${pattern}"`);
  const forms = new Map<string, string>();
  // Alternatives are split on "|" outside parentheses.
  const alternatives = body.match(/(?:[^|()]|\([^()]*\))+/g) ?? [];
  for (const alternative of alternatives) for (const [form, ending] of expandForms(alternative, pattern)) forms.set(form, ending);
  return { kind: 'set', forms, optional, captures: body.includes('('), dotted: body.endsWith('.') };
}

export function compilePattern<T>(pattern: string, entry: T): CompiledPattern<T> {
  const tokens = pattern.trim().split(/\s+/).map((t) => compileToken(t, pattern));
  const first = tokens[0];
  if (!first || first.kind !== 'set' || first.optional) throw new PhraseSyntaxError(`"${pattern}" skal begynde med et fast ord`);
  if (tokens[tokens.length - 1]!.kind === 'gap') throw new PhraseSyntaxError(`"${pattern}" må ikke slutte med "..."`);
  return { entry, tokens };
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, CompiledPattern<T>[]>();

  constructor(entries: readonly T[], patternsOf: (entry: T) => readonly string[]) {
    for (const entry of entries) {
      for (const source of patternsOf(entry)) {
        const pattern = compilePattern(source, entry);
        const first = pattern.tokens[0] as Extract<Token, { kind: 'set' }>;
        for (const form of first.forms.keys()) {
          const list = this.byFirstWord.get(form) ?? [];
          list.push(pattern);
          this.byFirstWord.set(form, list);
        }
      }
    }
  }

  /**
   * Leftmost-longest, non-overlapping hits in one sentence's words (never across sentences). With the source text, a
   * hit whose last token is written with a period ("vedr.") also covers the period after the word.
   */
  findIn(words: readonly Word[], keys: readonly string[] = words.map((w) => wordKey(w.value)), text?: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; ) {
      let best: { pattern: CompiledPattern<T>; to: number; endings: string[] } | null = null;
      for (const pattern of this.byFirstWord.get(keys[i]!) ?? []) {
        const endings: string[] = [];
        const to = matchFrom(pattern.tokens, 0, keys, i, endings);
        if (to > i && (!best || to > best.to)) best = { pattern, to, endings };
      }
      if (!best) {
        i++;
        continue;
      }
      const last = best.pattern.tokens[best.pattern.tokens.length - 1]!;
      let end = words[best.to - 1]!.end;
      if (text !== undefined && last.kind === 'set' && last.dotted && text[end] === '.') end++;
      hits.push({ entry: best.pattern.entry, start: words[i]!.start, end, from: i, to: best.to, endings: best.endings });
      i = best.to;
    }
    return hits;
  }
}

/** Returns the word index after the match, or -1. Optional tokens are tried greedily, gaps shortest first. */
function matchFrom(tokens: readonly Token[], t: number, keys: readonly string[], i: number, endings: string[]): number {
  if (t === tokens.length) return i;
  const token = tokens[t]!;
  if (token.kind === 'gap') {
    for (let skip = 0; skip <= token.max && i + skip <= keys.length; skip++) {
      const to = matchFrom(tokens, t + 1, keys, i + skip, endings);
      if (to >= 0) return to;
    }
    return -1;
  }
  if (i < keys.length) {
    const ending = token.kind === 'any' ? '' : token.forms.get(keys[i]!);
    if (ending !== undefined) {
      const mark = endings.length;
      if (token.kind === 'set' && token.captures) endings.push(ending);
      const to = matchFrom(tokens, t + 1, keys, i + 1, endings);
      if (to >= 0) return to;
      endings.length = mark;
    }
  }
  return token.optional ? matchFrom(tokens, t + 1, keys, i, endings) : -1;
}

const cache = new WeakMap<object, PhraseMatcher<unknown>>();

/** One compiled matcher per data object (the knowledge base's entry array), built on first use. */
export function phraseMatcher<T>(entries: readonly T[], patternsOf: (entry: T) => readonly string[]): PhraseMatcher<T> {
  let matcher = cache.get(entries) as PhraseMatcher<T> | undefined;
  if (!matcher) {
    matcher = new PhraseMatcher(entries, patternsOf);
    cache.set(entries, matcher as PhraseMatcher<unknown>);
  }
  return matcher;
}

/** Put the captured endings into a replacement ("send$1" with ending "es" → "sendes"). */
export function fillEndings(replacement: string, endings: readonly string[]): string {
  return replacement.replace(/\$(\d)/g, (_, n: string) => endings[Number(n) - 1] ?? '');
}

const keyCache = new WeakMap<object, readonly string[]>();

/** The lookup keys of a sentence's words, computed once per sentence however many checks ask. */
export function keysOf(sentence: { readonly words: readonly Word[] }): readonly string[] {
  let keys = keyCache.get(sentence);
  if (!keys) {
    keys = sentence.words.map((w) => wordKey(w.value));
    keyCache.set(sentence, keys);
  }
  return keys;
}
