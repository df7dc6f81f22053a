// The sender: the municipality (from the letterhead, signature or configuration) and the centre or department.
import type { Block, ParsedText } from './parse.js';
import type { Span } from './types.js';

export interface Sender {
  readonly kommune?: string;
  readonly kommuneSpan?: Span;
  readonly center?: string;
}


/** Municipality names as they appear in text: "Esbjerg Kommune", "Københavns Kommune". */
export function kommuneMentions(text: string, kommuner: readonly string[]): (Span & { name: string })[] {
  const found: (Span & { name: string })[] = [];
  for (const m of text.matchAll(/(?<![\p{L}-])(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s+(?:Kommunes?|KOMMUNES?|Regionskommune)(?![\p{L}])/gu)) {
    const raw = m[1]!.toLowerCase();
    const name = kommuner.find((k) => { const l = k.toLowerCase(); return l === raw || `${l}s` === raw; });
    if (name) found.push({ start: m.index!, end: m.index! + m[0].length, name });
  }
  return found;
}

export function findSender(parsed: ParsedText, headerEnd: number, kommuner: readonly string[], centreWords: readonly string[], configured?: string): Sender {
  const mentions = kommuneMentions(parsed.text, kommuner);
  const inHeader = mentions.find((m) => m.start < headerEnd);
  // The signature usually sits in the last blocks.
  const tailStart = parsed.blocks.length ? parsed.blocks[Math.max(0, parsed.blocks.length - 4)]!.start : 0;
  const inTail = [...mentions].reverse().find((m) => m.start >= tailStart);
  const chosen = inHeader ?? inTail;
  const center = findCentre(parsed.text, parsed.blocks, headerEnd, tailStart, centreWords);
  const kommune = chosen?.name ?? configured;
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
