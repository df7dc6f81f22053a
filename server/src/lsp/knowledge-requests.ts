// Answers to brevtjek/topics and brevtjek/topic, and the letter facts for the status display. Pure.
import type { Severity, TopicId } from '../engine/types.js';
import { topicUrl, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Topic } from '../knowledge/topic.js';
import type { LintOutcome } from './lint-job.js';
import type { LetterFactsResult, TopicDetail, TopicSummary } from './protocol.js';

function summaryOf(kb: KnowledgeBase, topic: Topic): TopicSummary {
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    severity: topic.severity,
    url: topicUrl(kb, topic.id),
    rules: topic.rules.map((rule) => ({ id: rule.id, title: rule.title, severity: rule.severity })),
  };
}

export function listTopics(kb: KnowledgeBase): TopicSummary[] {
  return [...kb.topics.values()].map((topic) => summaryOf(kb, topic));
}

/** A topic by topic id or rule id ("klagevejledning/frist"); undefined when unknown. */
export function topicDetail(kb: KnowledgeBase, id: string): TopicDetail | undefined {
  const topic = kb.topics.get(id.split('/')[0] as TopicId);
  if (!topic) return undefined;
  const rule = id.includes('/') ? topic.rules.find((r) => r.id === id) : undefined;
  if (id.includes('/') && !rule) return undefined;
  return {
    ...summaryOf(kb, topic),
    ...(rule ? { url: topicUrl(kb, topic.id, rule.id), rule } : {}),
    legalBasis: topic.legalBasis,
    sources: topic.sources,
    lastReviewed: topic.lastReviewed,
    requirement: topic.requirement,
    whyItMatters: topic.whyItMatters,
    badExample: topic.badExample,
    goodExample: topic.goodExample,
    body: topic.body,
  };
}

export function letterFacts(uri: string, version: number, outcome: LintOutcome): LetterFactsResult {
  const countsByTopic: Partial<Record<TopicId, number>> = {};
  const countsBySeverity: Partial<Record<Severity, number>> = {};
  for (const message of outcome.messages) {
    countsByTopic[message.topic] = (countsByTopic[message.topic] ?? 0) + 1;
    countsBySeverity[message.severity] = (countsBySeverity[message.severity] ?? 0) + 1;
  }
  return {
    uri,
    version,
    kind: outcome.kind,
    outcome: outcome.outcome,
    area: outcome.area,
    lix: outcome.stats.lix,
    lixBand: outcome.stats.lixBand,
    words: outcome.stats.words,
    sentences: outcome.stats.sentences,
    findings: outcome.messages.length,
    countsByTopic,
    countsBySeverity,
  };
}
