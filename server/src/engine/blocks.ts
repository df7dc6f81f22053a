// Block structure of a letter: headings, paragraphs, list items and "lines" blocks (address blocks, signatures).
// Markdown gets its blocks from mdast; plain text from blank lines. Both then pass through the same line
// heuristics, because real letters write headings as short lines ("Begrundelse", "KLAGEVEJLEDNING").
import type { Span } from './types.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'lines' | 'other';

export interface RawBlock extends Span {
  readonly kind: BlockKind;
  /** Markdown heading depth; 0 for headings recognised from a short line. */
  readonly depth?: number;
}

interface Line extends Span {
  readonly text: string;
}

/** A list item's marker at the start of a line: "- ", "• ", "* ", "– ", "1. ", "2) ". */
export const BULLET_LINE = /^\s*(?:[-•*–]|\d{1,2}[.)])\s+/u;

const MAX_HEADING_WORDS = 9;
const MAX_HEADING_CHARS = 80;
const MAX_SHORT_LINE_CHARS = 60;

function linesOf(text: string, span: Span): Line[] {
  const lines: Line[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** Strip Markdown emphasis and heading marks a line may carry. */
export function plainLine(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/^[*_]{1,3}|[*_]{1,3}$/g, '').trim();
}

export function looksLikeHeadingLine(line: string): boolean {
  const plain = plainLine(line);
  if (!plain || plain.length > MAX_HEADING_CHARS) return false;
  if (/[.,;]$/.test(plain)) return false;
  if (!/^[\p{Lu}\d]/u.test(plain)) return false;
  const words = plain.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS;
}

function isBoldLine(line: string): boolean {
  return /^(\*\*|__)[^*_].*(\*\*|__):?$/.test(line);
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/**
 * Refine one prose block by its lines: a block of short unpunctuated lines is an address or signature ("lines");
 * a first line that looks like a heading and is followed by text becomes its own heading block.
 */
export function refineBlock(text: string, span: Span, kind: BlockKind): RawBlock[] {
  if (kind !== 'paragraph') return [{ ...span, kind }];
  const lines = linesOf(text, span);
  if (lines.length === 0) return [];
  // A pipe table (Markdown without the table extension, or plain text) is data, not sentences.
  if (lines.length >= 2 && lines.every((l) => l.text.startsWith('|'))) return [{ ...span, kind: 'other' }];
  if (lines.length === 1) {
    const only = lines[0]!;
    const heading = isBoldLine(only.text) || (looksLikeHeadingLine(only.text) && !/[!]$/.test(only.text) && (isAllCaps(only.text) || !/\s\S+\s\S+\s\S+\s\S+\s\S+\s\S+/.test(plainLine(only.text))));
    return [{ start: only.start, end: only.end, kind: heading ? 'heading' : 'paragraph', depth: 0 }];
  }
  const first = lines[0]!;
  const rest = lines.slice(1);
  const allShort = lines.every((l) => l.text.length <= MAX_SHORT_LINE_CHARS && !/[.!?]$/.test(l.text.replace(/\b(nr|st|tv|th|mf)\.$/i, '')));
  // Address and signature lines start with a capital or a digit; a paragraph wrapped at 60 columns goes on in lower case.
  const wrappedProse = rest.filter((l) => /^\p{Ll}/u.test(l.text)).length * 2 >= rest.length;
  if (allShort && !wrappedProse) return [{ ...span, kind: 'lines' }];
  // A wrapped prose line continues in lower case or ends in a hyphen; a heading is followed by a new sentence.
  const startsNewSentence = /^[\p{Lu}\d"«(*_-]/u.test(rest[0]!.text) && !/[-,]$/.test(first.text);
  if (startsNewSentence && (isBoldLine(first.text) || (looksLikeHeadingLine(first.text) && (isAllCaps(first.text) || /[:?]$/.test(first.text) || first.text.split(/\s+/).length <= 5)))) {
    return [
      { start: first.start, end: first.end, kind: 'heading', depth: 0 },
      ...refineBlock(text, { start: rest[0]!.start, end: span.end }, 'paragraph'),
    ];
  }
  return [{ ...span, kind: 'paragraph' }];
}

/** Plain text: blocks are separated by blank lines. */
export function plainTextBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const re = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    if (raw.trim()) {
      const lead = raw.length - raw.trimStart().length;
      const span = { start: start + lead, end: start + lead + raw.trim().length };
      const bullet = BULLET_LINE.test(raw);
      blocks.push(...refineBlock(text, span, bullet ? 'list-item' : 'paragraph'));
    }
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return blocks;
}
