// Sections of a letter, recognised by their headings when there are any and by their content otherwise:
// "Kommunens vurdering" is a begrundelse, and so is an unheaded paragraph that weighs the facts against a rule.
import type { Block, ParsedText } from './parse.js';
import { plainLine } from './blocks.js';
import type { Span } from './types.js';

export const SECTION_ROLES = [
  'brevhoved', 'afgoerelse', 'sagsfremstilling', 'begrundelse', 'klagevejledning', 'kontakt', 'partshoering', 'vejledning', 'signatur', 'andet',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

export interface Section extends Span {
  readonly role: SectionRole;
  readonly heading?: Block;
  readonly blocks: readonly Block[];
  /** True when the role came from a heading, false when from content. */
  readonly byHeading: boolean;
}

export interface SectionVocabulary {
  readonly roles: readonly {
    readonly role: SectionRole;
    readonly headings: readonly string[];
    /** Content cues compiled for lower-cased text (cues.ts); a block belongs to the role when it matches at least `minCues`. */
    readonly cues: readonly RegExp[];
    readonly minCues: number;
  }[];
  readonly closings: readonly string[];
}

export function headingRole(heading: string, vocabulary: SectionVocabulary): SectionRole | null {
  const text = plainLine(heading).toLowerCase();
  for (const role of vocabulary.roles) {
    if (role.headings.some((h) => text.includes(h))) return role.role;
  }
  return null;
}

export function contentRole(text: string, vocabulary: SectionVocabulary): SectionRole | null {
  let best: SectionRole | null = null;
  let bestScore = 0;
  // A wrapped line is still one sentence: content cues are written with spaces.
  const lower = text.toLowerCase().replace(/[\r\n]/g, ' ').replace(/[ \t]{2,}/g, ' ');
  for (const role of vocabulary.roles) {
    if (role.cues.length === 0) continue;
    let score = 0;
    for (const cue of role.cues) if (cue.test(lower)) score++;
    if (score >= role.minCues && score > bestScore) {
      best = role.role;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where the letterhead (sender, address, date, subject) ends and the body starts: at the salutation, at the
 * first heading that names a section, or at the first paragraph of running text.
 */
export function findHeaderEnd(parsed: ParsedText, vocabulary: SectionVocabulary, salutations: readonly string[]): number {
  // "Til: Karen Holm" is an address label, not a greeting.
  const salutation = new RegExp(`^\\s*(?:${salutations.join('|')})\\b(?!\\s*:)`, 'u');
  for (const block of parsed.blocks) {
    const text = parsed.text.slice(block.start, block.end);
    if (salutation.test(text)) return block.start;
    if (block.kind === 'heading' && block.depth !== 1 && headingRole(text, vocabulary)) return block.start;
    const words = block.sentences.reduce((n, s) => n + s.words.length, 0);
    // Running text ends its sentences; a one-line letterhead ("Kommune · Center · Vej 9 · 8420 By") does not.
    // The parser's sentences know abbreviations, so "Tlf. 87 87 50 00" in a letterhead line is not two sentences.
    const prose = /[.!?:]["'»”)]?\s*$/.test(text.split('\n')[0]!) || block.sentences.length >= 2 || words >= 20;
    if ((block.kind === 'paragraph' || block.kind === 'list-item') && words >= 8 && prose) return block.start;
  }
  return parsed.text.length;
}

export function findSections(parsed: ParsedText, headerEnd: number, vocabulary: SectionVocabulary): Section[] {
  const sections: Section[] = [];
  const lower = parsed.text.toLowerCase();
  let signatureAt = -1;
  for (const closing of vocabulary.closings) signatureAt = Math.max(signatureAt, lower.lastIndexOf(closing.toLowerCase()));
  type Open = { role: SectionRole; heading?: Block; blocks: Block[]; byHeading: boolean };
  const open = (current: Open | null): void => {
    if (!current || (!current.blocks.length && !current.heading)) return;
    const first = current.heading ?? current.blocks[0]!;
    const last = current.blocks[current.blocks.length - 1] ?? first;
    sections.push({ role: current.role, blocks: current.blocks, byHeading: current.byHeading, start: first.start, end: last.end, ...(current.heading ? { heading: current.heading } : {}) });
  };
  let current: Open | null = null as Open | null;
  // A heading after the signature starts an attachment ("Bilag 1 – Sådan klager du"), read like the body.
  let attachment = false;
  for (const block of parsed.blocks) {
    const text = parsed.text.slice(block.start, block.end);
    let role: SectionRole | null;
    if (signatureAt >= 0 && block.start >= signatureAt && block.kind === 'heading' && headingRole(text, vocabulary)) attachment = true;
    if (block.end <= headerEnd) role = 'brevhoved';
    else if (signatureAt >= 0 && block.start >= signatureAt && !attachment) role = 'signatur';
    else if (block.kind === 'heading') {
      open(current);
      const byHeading = headingRole(text, vocabulary);
      current = { role: byHeading ?? 'andet', heading: block, blocks: [], byHeading: byHeading !== null };
      continue;
    } else if (current?.byHeading) {
      current.blocks.push(block);
      continue;
    } else {
      // No recognised heading: decide by content; unclassified blocks stay with the section before them.
      // An address block may continue the letterhead; running text never does.
      role = contentRole(text, vocabulary) ?? (current && (current.role !== 'brevhoved' || block.kind === 'lines') ? current.role : 'andet');
    }
    if (!current || current.role !== role) {
      // An unrecognised heading directly above content lends the content its place.
      const heading = current && current.heading && current.blocks.length === 0 ? current.heading : undefined;
      if (!heading) open(current);
      current = { role, blocks: [], byHeading: false, ...(heading ? { heading } : {}) };
    }
    current.blocks.push(block);
  }
  open(current);
  return sections;
}
