// Shared pieces of the robustness fuzzing: hostile characters, corpus letters, mutations, and the invariants every
// lint result must satisfy whatever the input.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { FullLintResult } from '../../server/src/engine/lint.js';
import type { Format, Message } from '../../server/src/engine/types.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Seeded, so a failure is reproducible; BREVTJEK_FUZZ_SEED / BREVTJEK_FUZZ_RUNS widen a local run. */
export const FUZZ_SEED = Number(process.env.BREVTJEK_FUZZ_SEED ?? 8);
export const fuzzRuns = (ci: number): number => Number(process.env.BREVTJEK_FUZZ_RUNS ?? ci);
/** Wall-clock cap per property (CI stays within minutes); BREVTJEK_FUZZ_TIME_MS raises it for long local runs. */
export const fuzzTime = (ci: number): number => Number(process.env.BREVTJEK_FUZZ_TIME_MS ?? ci);

/** Characters and fragments that break naive text code: every one has been a bug somewhere. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u0301', '\u0308', 'e\u0301', 'a\u030a', // combining marks
  '😀', '👩‍👩‍👧', '🇩🇰', '𝔄', // astral, ZWJ sequence, flags
  'שלום', 'مرحبا', '\u202e', '\u202d', '\u200f', // right-to-left text and overrides
  '\u0000', '\u0007', '\u001b[31m', // NUL, bell, an ANSI escape
  '\ud800', '\udc00', '\udbff', // lone surrogates
  '\r\n', '\r', '\n', '\n\n', '\r\r\n', '\t', '\v', '\f', '\u2028', '\u2029', '\u0085',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u00ad',
  'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '§', '§§', '«', '»', '„', '“', '–', '—', '…',
  '[', ']', '<', '>', '{{', '}}', '#', '## ', '* ', '> ', '```', '`', '|', '---\n', '<!--', '-->',
  '<!-- brevtjek-disable -->', '<!-- brevtjek-disable-next-line -->', '<!-- brevtjek-enable -->',
  '-', '.', ',', ':', ';', '!', '?', '(', ')', '/', '\\', '"', "'",
  'jf.', 'bl.a.', 'stk.', 'm.v.', 'XX', 'xxxx', 'NN', '[ADRESSE]', '<skriv beløb>',
  '0101901234', '010190-1234', '31.12.2025', 'mandag den 14. marts 2025', '§ 41', 'SEL', 'såfremt', 'forsat',
  'Kære', 'Med venlig hilsen', 'Klagevejledning', 'Du kan klage', '4 uger', 'Ankestyrelsen',
];

export const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);

/** Any string from any code unit, including lone surrogates and control characters. */
export const anyText = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: hostilePiece },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '  ', 'og ', 'du ', 'ikke ', 'Kommunen ') },
  ),
  { maxLength: 120 },
).map((pieces) => pieces.join(''));

export interface CorpusLetter {
  readonly name: string;
  readonly text: string;
  readonly format: Format;
}

export function corpusLetters(): CorpusLetter[] {
  const dir = join(ROOT, 'corpus', 'letters');
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'text' }));
}

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly piece: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'line-endings'; readonly ending: string }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'long'; readonly at: number; readonly piece: string; readonly times: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, piece: fc.oneof(hostilePiece, anyText) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n', '\r', '\n\r', '\u2028') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('long' as const), at: fraction, piece: fc.constantFrom('a', 'æ', 'x ', '.', '-', '§', '\u0301', '😀', ' ', '\t', 'ord', '[', '1'), times: fc.integer({ min: 500, max: 6000 }) }) },
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = 'at' in m ? Math.floor(m.at * out.length) : 0;
    if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else if (m.kind === 'line-endings') out = out.replace(/\r\n|\r|\n/g, m.ending);
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else out = out.slice(0, at) + m.piece.repeat(m.times) + out.slice(at);
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

export function loneSurrogates(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) n++;
  }
  return n;
}

/** The invariants of one lint result; returns the problems found (empty when all hold). */
export function rangeProblems(text: string, result: FullLintResult): string[] {
  const problems: string[] = [];
  for (const f of result.failures) problems.push(`check ${f.check} threw: ${f.error}`);
  // The letter model's words are what every span check reports on: each must cover exactly its own text (or, for a
  // word joined across a hyphenated line break, that text with the break).
  for (const w of result.model.parsed.words) {
    const slice = text.slice(w.start, w.end);
    if (slice !== w.value && !(slice.includes('-') && /[\r\n]/.test(slice))) problems.push(`word "${w.value}" at [${w.start},${w.end}) covers "${slice}"`);
  }
  for (const m of result.messages) {
    const where = `${m.ruleId} [${m.start},${m.end})`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) problems.push(`${where}: non-integer offset`);
    if (m.start < 0 || m.end < m.start || m.end > text.length) problems.push(`${where}: outside the text (length ${text.length})`);
    if (splitsSurrogatePair(text, m.start) || splitsSurrogatePair(text, m.end)) problems.push(`${where}: inside a surrogate pair`);
    if (!m.documentLevel && m.actual !== undefined && m.actual !== text.slice(m.start, m.end)) problems.push(`${where}: actual does not match the text`);
    if (typeof m.reason !== 'string' || m.reason.trim().length === 0) problems.push(`${where}: empty reason`);
    if (m.expected?.some((e) => typeof e !== 'string')) problems.push(`${where}: non-string replacement`);
    if (m.insertion) {
      const at = m.insertion.offset;
      if (!Number.isInteger(at) || at < 0 || at > text.length || splitsSurrogatePair(text, at)) problems.push(`${where}: insertion offset ${at} outside the text or inside a surrogate pair`);
    }
    for (const r of m.related ?? []) {
      if (r.start < 0 || r.end < r.start || r.end > text.length) problems.push(`${where}: related range [${r.start},${r.end}) outside the text`);
    }
  }
  return problems;
}

/** A stable projection of the messages for determinism checks. */
export function messageKey(messages: readonly Message[]): string {
  return JSON.stringify(messages);
}
