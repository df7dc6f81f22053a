// The letter model: built once per lint and shared by every check. Checks never re-parse the text.
import { parse as parseYaml } from 'yaml';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ResolvedConfig } from './config.js';
import { findDates, type DateMention } from './dates.js';
import { flowText } from './flow.js';
import { classifyLetter } from './letter-facts.js';
import { parseLetter, type ParsedText } from './parse.js';
import { findAddressee, findSignatory, type PersonName } from './parties.js';
import { findHeaderEnd, findSections, type Section, type SectionRole } from './sections.js';
import { findSender, kommuneMentions, type KommuneMention, type Sender } from './sender.js';
import type { Area, Format, LetterKind, Outcome, Span } from './types.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';
import { alternation, regexFor } from './regex.js';

/** What the engine found out about the letter (serialisable; shown by the LSP status bar and the web checklist). */
export interface LetterFacts {
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly sender: Sender;
  readonly addressee?: PersonName;
  readonly signatory?: PersonName;
  readonly letterDate?: DateMention;
  readonly subject?: string;
  readonly sections: readonly { readonly role: SectionRole; readonly start: number; readonly end: number; readonly heading?: string; readonly byHeading: boolean }[];
}

export interface LetterModel {
  readonly parsed: ParsedText;
  readonly text: string;
  /** The text with line breaks inside running text as spaces (same offsets): what patterns are matched against. */
  readonly flowText: string;
  readonly format: Format;
  readonly vocabulary: Vocabulary;
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly headerEnd: number;
  readonly sections: readonly Section[];
  readonly dates: readonly DateMention[];
  /** Every "X Kommune" in the text, in order (known municipalities and others). */
  readonly kommuneMentions: readonly KommuneMention[];
  readonly facts: LetterFacts;
  /** All sections with the role, in order. */
  sectionsWith(role: SectionRole): readonly Section[];
  /** The text of a span. */
  slice(span: Span): string;
}

function readFrontmatter(parsed: ParsedText): Record<string, unknown> {
  if (!parsed.frontmatter) return {};
  try {
    const value = parseYaml(parsed.frontmatter.value) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function findSubject(model: { text: string; headerEnd: number; parsed: ParsedText }, labels: readonly string[]): string | undefined {
  const head = model.text.slice(0, Math.min(model.text.length, model.headerEnd + 400));
  const subjectLine = regexFor(labels, 'subject', () => new RegExp(`(?:^|\\n)[ \\t#*]*(?:${alternation(labels)})[ \\t]*:?[ \\t]+([^\\n]{3,120})`, 'i'));
  const line = subjectLine.exec(head);
  if (line) return line[1]!.replace(/[*_#]/g, '').trim();
  const heading = model.parsed.blocks.find((b) => b.kind === 'heading');
  return heading ? model.text.slice(heading.start, heading.end).replace(/^#+\s*|[*_]/g, '').trim() : undefined;
}

export function buildLetterModel(text: string, format: Format, kb: KnowledgeBase, config: ResolvedConfig): LetterModel {
  const vocabulary = vocabularyOf(kb);
  const parsed = parseLetter(text, format, vocabulary.abbreviations);
  const flowed = flowText(text, parsed.blocks);
  const frontmatter = readFrontmatter(parsed);
  const headerEnd = findHeaderEnd(parsed, vocabulary.sections, vocabulary.names.salutations);
  const sections = findSections(parsed, headerEnd, vocabulary.sections);
  const dates = findDates(flowed, vocabulary.dates);
  const kommuner = kommuneMentions(flowed, vocabulary.kommuneWords, vocabulary.kommuner);
  const sender = findSender(parsed, headerEnd, kommuner, vocabulary.centreWords, config.kommune);
  const addressee = findAddressee(parsed, headerEnd, vocabulary.names, frontmatter);
  const signatory = findSignatory(parsed, vocabulary.names, vocabulary.closings);
  const classification = classifyLetter(flowed, sections, vocabulary.facts, config.defaultArea);
  const letterDate = dates.find((d) => d.start < headerEnd) ?? dates[0];
  const subject = findSubject({ text, headerEnd, parsed }, vocabulary.subjectLabels);
  const facts: LetterFacts = {
    kind: classification.kind,
    outcome: classification.outcome,
    area: classification.area,
    sender,
    ...(addressee ? { addressee } : {}),
    ...(signatory ? { signatory } : {}),
    ...(letterDate ? { letterDate } : {}),
    ...(subject ? { subject } : {}),
    sections: sections.map((s) => ({ role: s.role, start: s.start, end: s.end, byHeading: s.byHeading, ...(s.heading ? { heading: text.slice(s.heading.start, s.heading.end).replace(/^#+\s*|[*_]/g, '').trim() } : {}) })),
  };
  return {
    parsed,
    text,
    flowText: flowed,
    format,
    vocabulary,
    frontmatter,
    headerEnd,
    sections,
    dates,
    kommuneMentions: kommuner,
    facts,
    sectionsWith: (role) => sections.filter((s) => s.role === role),
    slice: (span) => text.slice(span.start, span.end),
  };
}
