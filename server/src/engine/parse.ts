// Parse a letter into blocks, sentences and words with exact source offsets.
// Markdown: remark-parse + remark-frontmatter, then remark-retext with parse-latin (retext-latin's parser).
// Plain text: retext with retext-latin. Both paths end in the same sentence repair for Danish abbreviations.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRetext from 'remark-retext';
import { ParseLatin } from 'parse-latin';
import retextLatin from 'retext-latin';
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { plainTextBlocks, type BlockKind } from './blocks.js';
import { markdownBlocks } from './markdown-blocks.js';
import { segmentsOf } from './segments.js';
import type { Format, Span } from './types.js';

export interface Word extends Span {
  /** Normalised value: a word split by a hyphenated line break ("sags-\nbehandling") is joined. */
  readonly value: string;
}

export interface Sentence extends Span {
  readonly words: readonly Word[];
  readonly blockIndex: number;
}

export interface Block extends Span {
  readonly index: number;
  readonly kind: BlockKind;
  readonly depth?: number;
  readonly sentences: readonly Sentence[];
}

export interface ParsedText {
  readonly text: string;
  readonly format: Format;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
  readonly frontmatter?: Span & { readonly value: string };
}

export interface AbbreviationSet {
  /** Lower-case abbreviations without their final period: "jf", "stk", "bl.a". */
  readonly inner: ReadonlySet<string>;
  /** Those that often end a sentence ("mv", "osv"): only joined when the next word is lower case. */
  readonly canEnd: ReadonlySet<string>;
}

const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkRetext, ParseLatin as never);
const textProcessor = unified().use(retextLatin);

interface RawToken extends Span {
  readonly kind: 'word' | 'other';
  readonly value: string;
}

/**
 * mdast-util-to-nlcst places tokens by counting the characters of a text node's *value* from the node's start, but
 * the value is shorter than the source when Markdown removed something: a backslash escape ("\\>"), a character
 * reference ("&amp;"), a blockquote marker or indentation on a continuation line. Every token after such a spot would
 * point a little too early (found by the robustness fuzzing: "\\>aÇ" put "aÇ" at [1,3)). The true place is never
 * earlier than the computed one, so a token whose range does not hold its value is looked up forwards; a token that
 * cannot be found verbatim (it contained a character reference) is dropped rather than given a wrong range.
 */
const REALIGN_WINDOW = 4096;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function realign(text: string, token: RawToken, cursor: number): RawToken | null {
  if (text.slice(token.start, token.end) === token.value) return token;
  let from = Math.max(token.start, cursor);
  while (from <= token.start + REALIGN_WINDOW) {
    const at = text.indexOf(token.value, from);
    if (at < 0 || at > token.start + REALIGN_WINDOW) return null;
    const end = at + token.value.length;
    const bounded = token.kind !== 'word' || (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? ''));
    if (bounded) return { ...token, start: at, end };
    from = at + 1;
  }
  return null;
}

function sentenceTokens(sentence: NlcstSentence, text: string | undefined, cursor: { at: number }): RawToken[] {
  const tokens: RawToken[] = [];
  for (const child of sentence.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined || child.type === 'WhiteSpaceNode') continue;
    const raw: RawToken = { kind: child.type === 'WordNode' ? 'word' : 'other', value: nlcstToString(child), start, end };
    const token = text === undefined ? raw : realign(text, raw, cursor.at);
    if (!token) continue;
    cursor.at = token.end;
    tokens.push(token);
  }
  return tokens;
}

/** With `text` (the Markdown path), token ranges are checked against the source and realigned where needed. */
function collectSentences(tree: NlcstRoot, text?: string, from = 0): RawToken[][] {
  const out: RawToken[][] = [];
  const cursor = { at: from };
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'SentenceNode') {
      const tokens = sentenceTokens(node as NlcstSentence, text, cursor);
      if (tokens.length) out.push(tokens);
      return;
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(tree as never);
  return out;
}

/** parse-latin ends sentences after "jf." or "bl.a."; join such pieces back together. */
function repairAbbreviations(text: string, sentences: RawToken[][], abbreviations: AbbreviationSet): RawToken[][] {
  const out: RawToken[][] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    if (previous && endsWithAbbreviation(text, previous, sentence, abbreviations)) previous.push(...sentence);
    else out.push([...sentence]);
  }
  return out;
}

function endsWithAbbreviation(text: string, previous: RawToken[], next: RawToken[], abbreviations: AbbreviationSet): boolean {
  const last = previous[previous.length - 1]!;
  if (last.value !== '.' && !last.value.endsWith('.')) return false;
  const words = previous.filter((t) => t.kind === 'word');
  const lastWord = words[words.length - 1];
  if (!lastWord) return false;
  // Take the whole run ending at the period ("bl.a", "m.v") from the source.
  let from = lastWord.start;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const abbreviation = text.slice(from, last.end).replace(/\.$/, '').toLowerCase();
  const firstNext = next[0]!;
  const gap = text.slice(last.end, firstNext.start);
  if (/\n\s*\n/.test(gap)) return false;
  const nextStartsLower = /^[\p{Ll}\d§]/u.test(firstNext.value);
  if (/^\d+\.?$/.test(abbreviation)) return nextStartsLower; // "den 14. marts"
  if (!abbreviations.inner.has(abbreviation)) return false;
  return abbreviations.canEnd.has(abbreviation) ? nextStartsLower : true;
}

/**
 * parse-latin keeps "nr. 3. Vi har …" in one sentence. In Danish an ordinal precedes a lower-case word
 * ("3. klasse", "14. marts"), so a number with a full stop followed by a capitalised word ends the sentence.
 */
function splitAfterNumbers(sentences: RawToken[][]): RawToken[][] {
  const out: RawToken[][] = [];
  for (const sentence of sentences) {
    let piece: RawToken[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i]!;
      piece.push(token);
      const next = sentence[i + 1];
      const numberWithStop = token.kind === 'word' && /^\d+\.$/.test(token.value);
      const numberThenStop = token.kind === 'word' && /^\d+$/.test(token.value) && next?.value === '.';
      if (numberThenStop) continue;
      const endsHere = numberWithStop || (token.value === '.' && /^\d+$/.test(sentence[i - 1]?.value ?? ''));
      const following = sentence.slice(i + 1).find((t) => t.kind === 'word');
      if (endsHere && following && /^\p{Lu}/u.test(following.value) && following === next) {
        out.push(piece);
        piece = [];
      }
    }
    if (piece.length) out.push(piece);
  }
  return out;
}

function blockIndexAt(blocks: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function joinHyphenatedWords(text: string, tokens: RawToken[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    // "sags-" + newline + "behandlingen": parse-latin keeps the hyphen in the word or as the next token.
    if (token.value.endsWith('-') && next?.kind === 'word' && /\n/.test(text.slice(token.end, next.start)) && /^\p{Ll}/u.test(next.value)) {
      words.push({ start: token.start, end: next.end, value: token.value.slice(0, -1) + next.value });
      i++;
    } else if (next?.value === '-' && afterNext?.kind === 'word' && /\n/.test(text.slice(next.end, afterNext.start)) && /^\p{Ll}/u.test(afterNext.value)) {
      words.push({ start: token.start, end: afterNext.end, value: token.value + afterNext.value });
      i += 2;
    } else {
      words.push({ start: token.start, end: token.end, value: token.value });
    }
  }
  return words;
}

/** Cut sentences at block boundaries and at line ends inside address/signature blocks. */
function buildSentences(text: string, raw: RawToken[][], blocks: readonly (Span & { kind: BlockKind })[]): { sentences: Sentence[]; perBlock: Sentence[][] } {
  const perBlock: Sentence[][] = blocks.map(() => []);
  const sentences: Sentence[] = [];
  for (const tokens of raw) {
    let piece: RawToken[] = [];
    let pieceBlock = -2;
    const flush = () => {
      if (pieceBlock >= 0 && piece.some((t) => t.kind === 'word')) {
        const sentence: Sentence = { start: piece[0]!.start, end: piece[piece.length - 1]!.end, words: joinHyphenatedWords(text, piece), blockIndex: pieceBlock };
        perBlock[pieceBlock]!.push(sentence);
        sentences.push(sentence);
      }
      piece = [];
    };
    for (const token of tokens) {
      const block = blockIndexAt(blocks, token.start);
      const previous = piece[piece.length - 1];
      const lineBreak = previous !== undefined && blocks[block]?.kind === 'lines' && /\n/.test(text.slice(previous.end, token.start));
      // A bullet at the start of a line in a plain-text paragraph ("Du kan fx fortælle os:\n- om …") starts a new item.
      const bullet = previous !== undefined && /^[-•*–]$/.test(token.value) && /\n[ \t]*$/.test(text.slice(previous.end, token.start));
      if (block !== pieceBlock || lineBreak || bullet) {
        flush();
        pieceBlock = block;
      }
      piece.push(token);
    }
    flush();
  }
  return { sentences, perBlock };
}

/**
 * Each top-level Markdown node goes through parse-latin on its own: parse-latin reads a paragraph's last token by
 * what follows it ("stk. 2." before more text, "stk. 2" + "." at the end), so this keeps a node's words independent
 * of its neighbours, and the same when its segment is parsed alone (segments.ts).
 */
function markdownSentences(text: string, mdast: MdastRoot): RawToken[][] {
  return mdast.children.flatMap((node) => {
    const tree = markdownProcessor.runSync({ type: 'root', children: [node], ...(node.position ? { position: node.position } : {}) } as MdastRoot, text);
    return collectSentences(tree as unknown as NlcstRoot, text, node.position?.start.offset ?? 0);
  });
}

/**
 * Plain text is tokenised paragraph by paragraph (blank-line separated), as remark hands Markdown paragraphs to the
 * same parser: parse-latin reads "stk. 1." at the very end of its input differently from "stk. 1." before the next
 * paragraph, so this keeps both formats, and a paragraph parsed alone (segments.ts), consistent.
 */
function textParagraphSentences(text: string): RawToken[][] {
  return segmentsOf(text, 'text').flatMap(({ start, end }) =>
    collectSentences(textProcessor.parse(text.slice(start, end)) as NlcstRoot).map((tokens) => tokens.map((t) => ({ ...t, start: t.start + start, end: t.end + start }))),
  );
}

/**
 * Parse a text in one piece, without segments or cache: used for each segment (offsets relative to it, blocks
 * numbered from 0) and by the tests as the reference the segmented parse must equal.
 */
export function parseWhole(text: string, format: Format, abbreviations: AbbreviationSet): ParsedText {
  let rawBlocks;
  let pieces: RawToken[][];
  let frontmatter: ParsedText['frontmatter'];
  if (format === 'markdown') {
    const mdast = markdownProcessor.parse(text) as MdastRoot;
    const structure = markdownBlocks(text, mdast);
    rawBlocks = structure.blocks;
    frontmatter = structure.frontmatter;
    pieces = markdownSentences(text, mdast);
  } else {
    rawBlocks = plainTextBlocks(text);
    pieces = textParagraphSentences(text);
  }
  rawBlocks.sort((a, b) => a.start - b.start);
  const raw = splitAfterNumbers(repairAbbreviations(text, pieces, abbreviations));
  const { sentences, perBlock } = buildSentences(text, raw, rawBlocks);
  const blocks: Block[] = rawBlocks.map((b, index) => ({ ...b, index, sentences: perBlock[index]! }));
  const words = sentences.flatMap((s) => s.words);
  return frontmatter ? { text, format, blocks, sentences, words, frontmatter } : { text, format, blocks, sentences, words };
}

/**
 * Parsing is most of the cost of a lint, and an editor re-lints the whole letter after every keystroke while only
 * one paragraph changed. So the letter is cut into independent segments (segments.ts), each parsed segment is
 * cached by its text, and the pieces are shifted into place.
 */
const SEGMENT_CACHE_LIMIT = 4000;
let segmentCaches = new WeakMap<AbbreviationSet, Map<string, ParsedText>>();

/** Forget every parsed segment: the benchmark uses it to time a letter never seen before. */
export function forgetParsedSegments(): void {
  segmentCaches = new WeakMap();
}

function cachedSegment(text: string, format: Format, abbreviations: AbbreviationSet): ParsedText {
  let cache = segmentCaches.get(abbreviations);
  if (!cache) segmentCaches.set(abbreviations, (cache = new Map()));
  const key = `${format}\u0000${text}`;
  let parsed = cache.get(key);
  if (!parsed) {
    parsed = parseWhole(text, format, abbreviations);
    if (cache.size >= SEGMENT_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, parsed);
  }
  return parsed;
}

export function parseLetter(text: string, format: Format, abbreviations: AbbreviationSet): ParsedText {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  let frontmatter: ParsedText['frontmatter'];
  for (const segment of segmentsOf(text, format)) {
    const part = cachedSegment(text.slice(segment.start, segment.end), format, abbreviations);
    const by = segment.start;
    if (part.frontmatter) frontmatter = { ...part.frontmatter, start: part.frontmatter.start + by, end: part.frontmatter.end + by };
    for (const block of part.blocks) {
      const index = blocks.length;
      const blockSentences = block.sentences.map((s): Sentence => {
        const shiftedWords = s.words.map((w): Word => ({ start: w.start + by, end: w.end + by, value: w.value }));
        words.push(...shiftedWords);
        return { start: s.start + by, end: s.end + by, words: shiftedWords, blockIndex: index };
      });
      sentences.push(...blockSentences);
      blocks.push({ ...block, start: block.start + by, end: block.end + by, index, sentences: blockSentences });
    }
  }
  return frontmatter ? { text, format, blocks, sentences, words, frontmatter } : { text, format, blocks, sentences, words };
}
