// The sender: the municipality (from the letterhead, signature or configuration) and the centre or department.
import type { Block, ParsedText } from './parse.js';
import type { Span } from './types.js';

export interface Sender {
  readonly kommune?: string;
  readonly kommuneSpan?: Span;
  readonly center?: string;
}


/** "Esbjerg Kommune", "Københavns Kommune", "BALLERUP KOMMUNE", also municipalities not in the list (fiction, typos). */
export interface KommuneMention extends Span {
  /** The name as written before the word ("Københavns", "BALLERUP"). */
  readonly written: string;
  /** The word after it as written ("Kommune", "Kommunes", "KOMMUNE"). */
  readonly word: string;
  /** The municipality from the list of the 98, when it is one. */
  readonly known?: string;
}

const NAME_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)\s+$/u;
const compiledWords = new WeakMap<readonly string[], RegExp>();

/** Find the word ("Kommune") first and read the name backwards from it: far cheaper than one regex over the text. */
export function kommuneMentions(text: string, kommuneWords: readonly string[], kommuner: readonly string[]): KommuneMention[] {
  let words = compiledWords.get(kommuneWords);
  if (!words) {
    const forms = [...kommuneWords, ...kommuneWords.map((w) => w.toUpperCase())].sort((a, b) => b.length - a.length);
    words = new RegExp(`(${forms.join('|')})(?![\\p{L}])`, 'gu');
    compiledWords.set(kommuneWords, words);
  }
  const out: KommuneMention[] = [];
  for (const k of text.matchAll(words)) {
    const at = k.index!;
    const from = Math.max(0, at - 40);
    const name = NAME_BEFORE.exec(text.slice(from, at));
    if (!name) continue;
    const written = name[1]!;
    const lower = written.toLowerCase();
    const known = kommuner.find((c) => { const l = c.toLowerCase(); return l === lower || `${l}s` === lower; });
    out.push({ start: from + name.index, end: at + k[0].length, written, word: k[1]!, ...(known ? { known } : {}) });
  }
  return out;
}

export function findSender(parsed: ParsedText, headerEnd: number, all: readonly KommuneMention[], centreWords: readonly string[], configured?: string): Sender {
  const mentions = all.filter((m) => m.known);
  const inHeader = mentions.find((m) => m.start < headerEnd);
  // The signature usually sits in the last blocks.
  const tailStart = parsed.blocks.length ? parsed.blocks[Math.max(0, parsed.blocks.length - 4)]!.start : 0;
  const inTail = [...mentions].reverse().find((m) => m.start >= tailStart);
  const chosen = inHeader ?? inTail;
  const center = findCentre(parsed.text, parsed.blocks, headerEnd, tailStart, centreWords);
  const kommune = chosen?.known ?? configured;
  return {
    ...(kommune ? { kommune } : {}),
    ...(chosen ? { kommuneSpan: { start: chosen.start, end: chosen.end } } : {}),
    ...(center ? { center } : {}),
  };
}

function findCentre(text: string, blocks: readonly Block[], headerEnd: number, tailStart: number, centreWords: readonly string[]): string | undefined {
  const starts = centreWords.map((w) => w.toLowerCase());
  for (const block of blocks) {
    if (block.start >= headerEnd && block.start < tailStart) continue;
    for (const line of text.slice(block.start, block.end).split(/\r?\n/)) {
      const clean = line.replace(/[*_#]/g, '').trim();
      if (clean.length <= 70 && starts.some((w) => clean.toLowerCase().startsWith(w)) && !/kommune$/i.test(clean)) return clean;
    }
  }
  return undefined;
}
