// The custom requests and commands Brevtjek's language server offers on top of LSP. Shared with the VS Code client
// (client/src imports this file), so it holds only plain data types and method names — no runtime dependencies.
import type { Area, LetterKind, LixBand, Outcome, Severity, TopicId } from '../engine/types.js';

/** `brevtjek/letterFacts` — params `{ uri }`; null until the document has been linted. */
export const LETTER_FACTS_REQUEST = 'brevtjek/letterFacts';
/** `brevtjek/topics` — no params; the knowledge base's topics, in catalogue order. */
export const TOPICS_REQUEST = 'brevtjek/topics';
/** `brevtjek/topic` — params `{ id }` (topic id or rule id); error InvalidParams when unknown. */
export const TOPIC_REQUEST = 'brevtjek/topic';
/** `brevtjek/checkFolder` — params `{ uri }` of a folder; lints its .md/.txt files and publishes their diagnostics. */
export const CHECK_FOLDER_REQUEST = 'brevtjek/checkFolder';
/** Server-side command behind the "Forklar" code action: arguments `[topicId, ruleId?]`. */
export const EXPLAIN_COMMAND = 'brevtjek.forklar';

export interface LetterFactsParams {
  readonly uri: string;
}

export interface LetterFactsResult {
  readonly uri: string;
  readonly version: number;
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly lix: number;
  readonly lixBand: LixBand;
  readonly words: number;
  readonly sentences: number;
  readonly findings: number;
  readonly countsByTopic: Readonly<Partial<Record<TopicId, number>>>;
  readonly countsBySeverity: Readonly<Partial<Record<Severity, number>>>;
}

export interface TopicSummary {
  readonly id: TopicId;
  readonly title: string;
  readonly summary: string;
  readonly severity: Severity;
  readonly url: string;
  readonly rules: readonly { readonly id: string; readonly title: string; readonly severity: Severity }[];
}

export interface TopicParams {
  readonly id: string;
}

export interface TopicDetail extends TopicSummary {
  readonly legalBasis: readonly string[];
  readonly sources: readonly string[];
  readonly lastReviewed: string;
  readonly requirement: string;
  readonly whyItMatters: string;
  readonly badExample: string;
  readonly goodExample: string;
  /** The topic document's Markdown body. */
  readonly body: string;
  /** Set when `id` named a rule. */
  readonly rule?: { readonly id: string; readonly title: string; readonly severity: Severity; readonly description: string; readonly text: string };
}

export interface CheckFolderParams {
  readonly uri: string;
}

export interface CheckFolderResult {
  readonly files: number;
  readonly findings: number;
  /** Files that could not be read or took too long (paths only). */
  readonly skipped: readonly string[];
  /** True when the folder held more files than the limit. */
  readonly truncated: boolean;
}
