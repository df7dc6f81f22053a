// Line breaks inside running text are only wrapping (a draft copied out of a PDF, a hard-wrapped e-mail), yet the
// rule patterns are written with spaces: "får ikke", "Herlev Kommune", "klage til Ankestyrelsen". The flowed text is
// the letter with every line break inside a paragraph or list item turned into a space, character for character, so
// every offset stays valid. Address blocks, signatures and headings keep their lines.
import type { Block } from './parse.js';

export function flowText(text: string, blocks: readonly Block[]): string {
  let out = '';
  let at = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    const inside = text.slice(block.start, block.end);
    if (!/[\r\n]/.test(inside)) continue;
    out += text.slice(at, block.start) + inside.replace(/[\r\n]/g, ' ');
    at = block.end;
  }
  return at === 0 ? text : out + text.slice(at);
}
