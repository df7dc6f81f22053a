// Which sentences a language check reads: the whole letter, or only the body (after the letterhead, before the
// signature), and only running text when address lines and lists should not count.
import type { LetterModel } from '../../engine/letter-model.js';
import type { Block, Sentence } from '../../engine/parse.js';

const bodyCache = new WeakMap<LetterModel, readonly Sentence[]>();

/** Sentences of the body: not in the letterhead, not in the signature. */
export function bodySentences(model: LetterModel): readonly Sentence[] {
  let sentences = bodyCache.get(model);
  if (!sentences) {
    const signatures = model.sectionsWith('signatur');
    sentences = model.parsed.sentences.filter((s) => s.start >= model.headerEnd && !signatures.some((sig) => s.start >= sig.start && s.start < sig.end));
    bodyCache.set(model, sentences);
  }
  return sentences;
}

/** The block a sentence belongs to. */
export function blockOf(model: LetterModel, sentence: Sentence): Block {
  return model.parsed.blocks[sentence.blockIndex]!;
}

const quotedCache = new WeakMap<LetterModel, ReadonlySet<number>>();

/**
 * A quotation of another text, usually the statute ("Planloven § 35, stk. 1:" and then the paragraph in quotation
 * marks, indented, or as a Markdown block quote). Its wording is the law's, not the writer's, so the language
 * checks leave it alone.
 */
export function isQuotation(model: LetterModel, sentence: Sentence): boolean {
  let quoted = quotedCache.get(model);
  if (!quoted) {
    const text = model.text;
    const blocks = new Set<number>();
    for (const block of model.parsed.blocks) {
      const inside = text.slice(block.start, block.end);
      const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
      const blockQuote = /^[ \t]*>/.test(text.slice(lineStart, block.start));
      const inQuotes = /^["„«“]/u.test(inside) && /["»”“][.,]?$/u.test(inside);
      if (blockQuote || inQuotes) blocks.add(block.index);
    }
    quotedCache.set(model, (quoted = blocks));
  }
  return quoted.has(sentence.blockIndex);
}

/** Running text: paragraphs (not headings, list items or address/signature lines). */
export function isProse(model: LetterModel, sentence: Sentence): boolean {
  return blockOf(model, sentence).kind === 'paragraph';
}
