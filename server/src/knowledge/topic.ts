// A knowledge-base topic document: Markdown with YAML frontmatter (see rules/topics/*.md). Pure parsing.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { TOPIC_IDS, type Severity, type TopicId } from '../engine/types.js';

const severity = z.enum(['error', 'warning', 'info', 'hint']);

const frontmatterSchema = z.object({
  id: z.enum(TOPIC_IDS),
  title: z.string().min(1),
  summary: z.string().min(1),
  legalBasis: z.array(z.string()).default([]),
  severity,
  sources: z.array(z.string()).default([]),
  lastReviewed: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z]+\/[a-z-]+$/),
    title: z.string().min(1),
    severity,
    description: z.string().min(1),
  })).min(1),
});

export interface TopicRule {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  /** The rule's paragraph under "## Regler". */
  readonly text: string;
}

export interface Topic {
  readonly id: TopicId;
  readonly title: string;
  readonly summary: string;
  readonly legalBasis: readonly string[];
  readonly severity: Severity;
  readonly sources: readonly string[];
  readonly lastReviewed: string;
  readonly rules: readonly TopicRule[];
  /** The whole Markdown body after the frontmatter. */
  readonly body: string;
  readonly requirement: string;
  readonly whyItMatters: string;
  readonly badExample: string;
  readonly goodExample: string;
}

export class TopicFormatError extends Error {}

function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = body.split(/^## +/m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const title = (newline < 0 ? part : part.slice(0, newline)).trim();
    sections.set(title, newline < 0 ? '' : part.slice(newline + 1).trim());
  }
  return sections;
}

function exampleOf(section: string | undefined, name: string): string {
  const match = section?.match(/```brev\r?\n([\s\S]*?)\r?\n```/);
  if (!match) throw new TopicFormatError(`afsnittet "${name}" mangler en \`\`\`brev-blok`);
  return match[1]!;
}

function ruleTexts(section: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const part of section.split(/^### +/m).slice(1)) {
    const newline = part.indexOf('\n');
    const id = (newline < 0 ? part : part.slice(0, newline)).trim().replace(/`/g, '');
    texts.set(id, newline < 0 ? '' : part.slice(newline + 1).trim());
  }
  return texts;
}

export function parseTopic(source: string): Topic {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/);
  if (!match) throw new TopicFormatError('filen skal starte med YAML-frontmatter mellem to linjer med ---');
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    throw new TopicFormatError(`frontmatter er ikke gyldig YAML: ${(error as Error).message}`);
  }
  const parsed = frontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new TopicFormatError(`frontmatter er ugyldig: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const meta = parsed.data;
  const body = match[2]!;
  const sections = sectionsOf(body);
  const texts = ruleTexts(sections.get('Regler') ?? '');
  const rules = meta.rules.map((rule) => {
    if (!rule.id.startsWith(`${meta.id}/`)) throw new TopicFormatError(`reglen ${rule.id} hører ikke til emnet ${meta.id}`);
    return { ...rule, text: texts.get(rule.id) ?? '' };
  });
  return {
    ...meta,
    rules,
    body,
    requirement: sections.get('Hvad reglen kræver') ?? '',
    whyItMatters: sections.get('Hvorfor det betyder noget for borgeren') ?? '',
    badExample: exampleOf(sections.get('Dårligt eksempel'), 'Dårligt eksempel'),
    goodExample: exampleOf(sections.get('Godt eksempel'), 'Godt eksempel'),
  };
}

/** GitHub-style anchor of a rule's heading ("### begrundelse/mangler" → "begrundelsemangler"). */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
}
