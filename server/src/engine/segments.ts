// Independent segments of a letter: pieces that parse the same on their own as inside the whole text, so an editor's
// re-lint after a keystroke re-parses only the segment that changed (parse.ts caches the rest by their text).
//
// A segment starts at a line that follows a blank line and cannot continue anything before it. In plain text every
// such line qualifies (blocks are separated by blank lines). In Markdown only a line that starts with a capital letter,
// an ATX heading mark or bold: after a blank line such a line ends any list, block quote or indented code, and
// parse-latin reads the end of the paragraph before it the same way (it joins "slut." to a lower-case next line). Constructs
// that can span blank lines stop the splitting for the rest of the letter: an open code fence, a multi-line HTML
// comment or raw block; link reference definitions (used across the whole text) and unclosed frontmatter prevent it.
import type { Format, Span } from './types.js';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
const BLANK = /^[ \t]*(?:\r\n|\r|\n)?$/;
const MARKDOWN_SEGMENT_START = /^(?:\p{Lu}|#|\*\*|__)/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]\r\n]+\]:/m;
const SPANS_BLANK_LINES = /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea)\b|<\?|<![A-Za-z[])/i;
const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

function opensMultiLineConstruct(line: string): boolean {
  if (SPANS_BLANK_LINES.test(line)) return true;
  const comment = line.lastIndexOf('<!--');
  return comment >= 0 && !line.includes('-->', comment + 4);
}

/** Where each segment starts (the first is always 0). One segment when the text cannot be split safely. */
export function segmentStarts(text: string, format: Format): number[] {
  const starts = [0];
  let from = 0;
  if (format === 'markdown') {
    if (LINK_DEFINITION.test(text)) return starts;
    if (text.startsWith('---')) {
      const frontmatter = FRONTMATTER.exec(text);
      if (!frontmatter) return starts;
      from = frontmatter[0].length;
    }
  }
  LINE.lastIndex = from;
  let previousBlank = false;
  while (LINE.lastIndex < text.length) {
    const at = LINE.lastIndex;
    const line = LINE.exec(text)![0];
    const blank = BLANK.test(line);
    if (!blank && previousBlank && at > 0 && (format === 'text' || MARKDOWN_SEGMENT_START.test(line))) starts.push(at);
    if (format === 'markdown' && opensMultiLineConstruct(line)) break;
    previousBlank = blank;
  }
  return starts;
}

export function segmentsOf(text: string, format: Format): Span[] {
  const starts = segmentStarts(text, format);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}
