// Which words the spelling check looks at, and in which forms. Everything that is not ordinary running text is
// left out here, before the dictionary is asked: numbers, abbreviations, URLs and e-mail addresses, and names.
// Names are recognised by position, because no dictionary lists every person, street or place: a capitalised word
// mid-sentence, any capitalised word in the letterhead, an address block or the signature, and a sentence-initial
// capitalised word followed by another one ("Hanne Jensen", "Esbjerg Kommune").
import type { LetterModel } from '../engine/letter-model.js';
import type { Sentence, Word } from '../engine/parse.js';
import type { Span } from '../engine/types.js';

export interface SpellingTarget extends Span {
  /** The word as written (a word split by a line-break hyphen is joined). */
  readonly word: string;
  /** Accepted when any form is correct: a sentence-initial "Ansøgningen" is also tried as "ansøgningen". */
  readonly forms: readonly string[];
}

const CAPITALISED = /^\p{Lu}/u;
/** A capital after the first letter: "MitID", "eBoks", "FVL"; brand names and abbreviations, not words. */
const INNER_CAPITAL = /^.\p{Ll}*\p{Lu}/u;
/** Digits of any kind ("m²"), placeholders ("xxxx"), e-mail and paragraph signs. */
const NOT_A_WORD = /[\p{N}_@§]|^(\p{L})\1+$/u;
const URL_OR_MAIL = /@|:\/\/|^www\.|\.(?:dk|com|org|net|eu|se|no|de|gl|fo)\b/iu;

const LETTERS_ONLY = /^\p{L}+$/u;
const REPEATED_LETTER = /^(\p{L})\1+$/u;
const OPENING = /[\s("'«*_\[]/u;
const CLOSING = /[\s,;:!?)"'»*_\]]/u;

/**
 * A word of letters only, written as one piece and standing between ordinary delimiters: not part of an URL, an
 * e-mail address, an abbreviation run ("bl.a."), a hyphenated or slashed compound, or a line-break join. A full stop
 * right after it only counts as a delimiter when no letter or digit follows ("stk. 2", not "esbjerg.dk").
 */
function isPlainWord(text: string, word: Word): boolean {
  if (word.end - word.start !== word.value.length || !LETTERS_ONLY.test(word.value)) return false;
  const before = text[word.start - 1];
  if (before !== undefined && !OPENING.test(before)) return false;
  const after = text[word.end];
  if (after === undefined || CLOSING.test(after)) return true;
  if (after !== '.') return false;
  const next = text[word.end + 1];
  return next === undefined || !/[\p{L}\d.]/u.test(next);
}

function whitespaceToken(text: string, span: Span): string {
  let from = span.start;
  let to = span.end;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** The run of letters and periods around a word ("bl.a.", "Sagsnr."), lower case, without the final period. */
function abbreviationRun(text: string, span: Span): string {
  let from = span.start;
  let to = span.end;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}.]/u.test(text[to]!)) to++;
  return text.slice(from, to).toLowerCase().replace(/(?<!\.)\.+$/, '');
}

/** Is a capitalised word in this position a name rather than an ordinary word? */
function looksLikeName(model: LetterModel, sentence: Sentence, index: number, inNameBlock: boolean, linesBlock: boolean, names: ReadonlySet<string>): boolean {
  const shortLine = linesBlock || model.parsed.blocks[sentence.blockIndex]?.kind === 'heading';
  if (index > 0 || inNameBlock) return true;
  const first = sentence.words[0]!;
  // "Algade er gågade." is a name when the letter also writes "foran Algade 22".
  if (names.has(first.value)) return true;
  const next = sentence.words[1];
  // An address ("Søndergade 4 …"), a name on a line of its own ("Ballerup"), or a table row ("Brydehuset (ny) 10").
  const rest = model.text.slice(first.end, sentence.end);
  if (/^\s*\d/u.test(rest) || (shortLine && /\d\s*$/u.test(rest)) || (linesBlock && !next)) return true;
  return next !== undefined && CAPITALISED.test(next.value) && model.text.slice(first.end, next.start).trim() === '';
}

function nameBlockTest(model: LetterModel): (offset: number) => boolean {
  const spans = [
    { start: 0, end: model.headerEnd },
    ...model.sectionsWith('brevhoved'),
    ...model.sectionsWith('signatur'),
  ];
  return (offset) => spans.some((s) => offset >= s.start && offset < s.end);
}

/** Parts of a hyphenated word, each with its own span when the word is written as one piece. */
function parts(model: LetterModel, word: Word): { value: string; start: number; end: number; joined: boolean }[] {
  // Soft hyphens and zero-width characters (from Word and PDF) are invisible to the reader: check without them.
  if (/\p{Cf}/u.test(word.value)) return [{ value: word.value.replace(/\p{Cf}/gu, '').replace(/(?<!\.)\.+$/u, ''), start: word.start, end: word.end, joined: true }];
  // parse-latin keeps a full stop in the word when the next sentence starts in lower case ("hjælp.\n\nat …").
  const source = model.text.slice(word.start, word.end).replace(/(?<!\.)\.+$/u, '');
  if (source !== word.value.replace(/(?<!\.)\.+$/u, '')) return [{ value: word.value, start: word.start, end: word.end, joined: true }];
  const out: { value: string; start: number; end: number; joined: boolean }[] = [];
  let offset = word.start;
  // "km/t", "v/", "og/eller": parts around a slash that are one or two letters are units and abbreviations.
  const slashed = source.includes('/');
  for (const piece of source.split(/[-/]/u)) {
    if (piece.length > (slashed ? 2 : 0)) out.push({ value: piece, start: offset, end: offset + piece.length, joined: false });
    offset += piece.length + 1;
  }
  return out;
}

export function spellingTargets(model: LetterModel, lexicon: ReadonlySet<string>): SpellingTarget[] {
  const targets: SpellingTarget[] = [];
  const inNameBlock = nameBlockTest(model);
  const frontmatterEnd = model.parsed.frontmatter?.end ?? 0;
  const names = new Set(model.parsed.sentences.flatMap((s) => s.words.slice(1).map((w) => w.value).filter((v) => CAPITALISED.test(v))));
  for (const sentence of model.parsed.sentences) {
    if (sentence.start < frontmatterEnd) continue;
    const block = model.parsed.blocks[sentence.blockIndex];
    // A one-paragraph text counts as letterhead for the letter model; running text is checked all the same.
    const nameBlock = block?.kind !== 'paragraph' && inNameBlock(sentence.start);
    const linesBlock = block?.kind === 'lines';
    sentence.words.forEach((word, index) => {
      if (isPlainWord(model.text, word)) {
        // The common case, without the token, abbreviation and part analysis below (same outcome, less work).
        const value = word.value;
        if (value.length < 2 || REPEATED_LETTER.test(value) || INNER_CAPITAL.test(value) || lexicon.has(value.toLowerCase())) return;
        if (CAPITALISED.test(value) && looksLikeName(model, sentence, index, nameBlock, linesBlock, names)) return;
        targets.push({ start: word.start, end: word.end, word: value, forms: CAPITALISED.test(value) ? [value, value.toLowerCase()] : [value] });
        return;
      }
      if (NOT_A_WORD.test(word.value) || URL_OR_MAIL.test(whitespaceToken(model.text, word))) return;
      if (lexicon.has(abbreviationRun(model.text, word))) return;
      for (const part of parts(model, word)) {
        const value = part.value;
        if ([...value].length < 2 || NOT_A_WORD.test(value) || INNER_CAPITAL.test(value)) continue;
        let forms: string[] = [value];
        if (CAPITALISED.test(value)) {
          if (looksLikeName(model, sentence, index, nameBlock, linesBlock, names)) continue;
          forms = [value, value.toLowerCase()];
        }
        if (part.joined) {
          // A line-break hyphen may also have been a real one ("Miljø-\nog"): accept the word in either reading.
          forms.push(model.text.slice(part.start, part.end).replace(/-\s*\n\s*/u, '-'));
        }
        targets.push({ start: part.start, end: part.end, word: value, forms });
      }
    });
  }
  return targets;
}
