// The knowledge base as the engine sees it: topics and validated rule data. Built by an adapter (load.ts)
// or by tests; the engine never reads files itself.
import type { Severity, TopicId } from '../engine/types.js';
import type { RuleData } from './schemas.js';
import { ruleAnchor, type Topic, type TopicRule } from './topic.js';

export interface KnowledgeBase {
  readonly topics: ReadonlyMap<TopicId, Topic>;
  readonly rules: ReadonlyMap<string, TopicRule & { readonly topic: TopicId }>;
  readonly data: RuleData;
  /** Where topic documents are found: a file:// directory URL, or "/emner" for the web page. */
  readonly topicBaseUrl: string;
}

export function createKnowledgeBase(topics: readonly Topic[], data: RuleData, topicBaseUrl: string): KnowledgeBase {
  const topicMap = new Map<TopicId, Topic>();
  const rules = new Map<string, TopicRule & { topic: TopicId }>();
  for (const topic of topics) {
    topicMap.set(topic.id, topic);
    for (const rule of topic.rules) rules.set(rule.id, { ...rule, topic: topic.id });
  }
  return { topics: topicMap, rules, data, topicBaseUrl: topicBaseUrl.replace(/\/$/, '') };
}

export function topicUrl(kb: KnowledgeBase, topic: TopicId, ruleId?: string): string {
  const base = `${kb.topicBaseUrl}/${topic}.md`;
  return ruleId ? `${base}#${ruleAnchor(ruleId)}` : base;
}

export function defaultSeverity(kb: KnowledgeBase, ruleId: string): Severity {
  const rule = kb.rules.get(ruleId);
  if (rule) return rule.severity;
  const topic = kb.topics.get(ruleId.split('/')[0] as TopicId);
  return topic?.severity ?? 'warning';
}
