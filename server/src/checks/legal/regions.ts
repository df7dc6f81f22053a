// Where the legal parts of a letter are, found once per letter model and shared by the legal checks.
// The klagevejledning is every paragraph that talks about complaining (headed or not) plus the paragraphs under a
// klagevejledning heading; the reasoning is the rest of the body, wherever it stands and whatever its heading.
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Block } from '../../engine/parse.js';
import type { LetterModel } from '../../engine/letter-model.js';
import { contentRole } from '../../engine/sections.js';
import type { Span } from '../../engine/types.js';
import { namedBodies } from './appeal.js';
import { legalData } from './compiled.js';

export interface LegalRegions {
  /** Paragraphs after the letterhead and before the signature. */
  readonly body: readonly Block[];
  readonly appeal: readonly Block[];
  readonly contact: readonly Block[];
  /** Body paragraphs that are neither klagevejledning nor contact. */
  readonly reasoning: readonly Block[];
  readonly appealText: string;
  readonly reasoningText: string;
  /** Headings above the reasoning ("Det har vi lagt vægt på"): they can state what weighed, the text under them why. */
  readonly reasoningHeadings: string;
  /** Everything after the letterhead, signature included (phone numbers often stand there). */
  readonly afterHeader: string;
  /** Where document-level findings about the decision are anchored (a short span of its first statement). */
  readonly anchor: Span;
  /** A begrundelse heading, when there is one. */
  readonly begrundelseHeading?: Span;
  readonly appealAnchor?: Span;
}

const cache = new WeakMap<LetterModel, LegalRegions>();

/** The decision applies to the citizen and is not a full grant: FVL §§ 22 and 25 require reasons and appeal guidance. */
export function isContestedDecision(model: LetterModel): boolean {
  return model.facts.kind === 'afgoerelse' && model.facts.outcome !== null && model.facts.outcome !== 'fuld';
}

/** Move an end offset off the middle of a surrogate pair, so a range never splits a character. */
function codePointEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return end < text.length && code >= 0xd800 && code <= 0xdbff ? end + 1 : end;
}

function shortSpan(model: LetterModel, block: Block): Span {
  const first = block.sentences[0];
  const end = Math.min(first ? first.end : block.end, block.start + 120);
  return { start: block.start, end: codePointEnd(model.text, Math.max(block.start + 1, end)) };
}

export function legalRegions(model: LetterModel, kb: KnowledgeBase): LegalRegions {
  let regions = cache.get(model);
  if (regions) return regions;
  const data = legalData(kb);
  const { klage } = data;
  const inRole = (block: Block, role: string, byHeading: boolean): boolean =>
    model.sections.some((s) => s.role === role && (!byHeading || s.byHeading) && s.blocks.includes(block));
  const body = model.sections
    .filter((s) => s.role !== 'brevhoved' && s.role !== 'signatur')
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind !== 'heading');
  const appeal: Block[] = [];
  const contact: Block[] = [];
  const reasoning: Block[] = [];
  for (const block of body) {
    const text = model.flowText.slice(block.start, block.end);
    // "I kan skrive til Vejdirektoratet på vd@vd.dk" is about the appeal, though it reads like a contact line.
    const aboutAppeal = klage.appeal.test(text) || klage.cannotAppeal.test(text) || (inRole(block, 'klagevejledning', true) && namedBodies(data, text).length > 0);
    // A "questions? call me" line under the klagevejledning heading is contact, not part of the klagevejledning.
    const contactLine = !aboutAppeal && contentRole(text, model.vocabulary.sections) === 'kontakt';
    if (aboutAppeal || (inRole(block, 'klagevejledning', true) && !contactLine)) appeal.push(block);
    else if (contactLine || inRole(block, 'kontakt', false) || contentRole(text, model.vocabulary.sections) === 'kontakt') contact.push(block);
    else reasoning.push(block);
  }
  const join = (blocks: readonly Block[]): string => blocks.map((b) => model.flowText.slice(b.start, b.end)).join('\n\n');
  const reasoningHeadings = model.sections
    .filter((s) => s.role !== 'brevhoved' && s.role !== 'signatur' && s.role !== 'klagevejledning' && s.role !== 'kontakt')
    .flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.blocks.filter((b) => b.kind === 'heading' && b !== s.heading)]);
  const decisionSection = model.sections.find((s) => s.role === 'afgoerelse');
  const firstStatement = decisionSection?.blocks.find((b) => b.kind !== 'heading')
    ?? body.find((b) => b.sentences.reduce((n, s) => n + s.words.length, 0) >= 5) ?? body[0];
  const begrundelseSection = model.sections.find((s) => s.role === 'begrundelse' && s.heading);
  regions = {
    body, appeal, contact, reasoning,
    appealText: join(appeal),
    reasoningText: join(reasoning),
    reasoningHeadings: join(reasoningHeadings),
    afterHeader: model.flowText.slice(model.headerEnd),
    anchor: firstStatement ? shortSpan(model, firstStatement) : { start: 0, end: codePointEnd(model.text, Math.min(1, model.text.length)) },
    ...(begrundelseSection?.heading ? { begrundelseHeading: { start: begrundelseSection.heading.start, end: begrundelseSection.heading.end } } : {}),
    ...(appeal[0] ? { appealAnchor: shortSpan(model, appeal[0]) } : {}),
  };
  cache.set(model, regions);
  return regions;
}

/** Where a new section goes: before the contact paragraph or the signature, else at the end. */
export function insertionOffset(model: LetterModel, regions: LegalRegions, before: 'appeal' | 'contact'): number {
  const firstAppeal = regions.appeal[0];
  if (before === 'appeal' && firstAppeal) {
    // Before the klagevejledning's heading when it opens a headed section.
    const section = model.sections.find((s) => s.blocks.includes(firstAppeal));
    return section?.heading && section.blocks.find((b) => b.kind !== 'heading') === firstAppeal ? section.start : firstAppeal.start;
  }
  const contactSection = model.sections.find((s) => s.role === 'kontakt');
  if (contactSection) return contactSection.start;
  if (regions.contact[0]) return regions.contact[0].start;
  const signature = model.sections.find((s) => s.role === 'signatur');
  if (signature) return signature.start;
  return model.text.length;
}

/** A skeleton section as text in the letter's own format. */
export function sectionText(model: LetterModel, heading: string, body: string): string {
  const title = model.format === 'markdown' ? `## ${heading}` : heading;
  return `${title}\n\n${body}\n\n`;
}
