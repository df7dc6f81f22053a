// The "Vidensbase" tree: topics with their rules, each opening the topic document. Pure (no vscode).
import type { TopicSummary } from '../../server/src/lsp/protocol.js';

const SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'oplysning', hint: 'råd' } as const;

export interface TopicNode {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  /** The topic document (with the rule's anchor for rules). */
  readonly url: string;
  readonly children: readonly TopicNode[];
}

/** A rule's anchor in its topic document ("klagevejledning/frist" → "klagevejledningfrist"), as the server makes it. */
function ruleUrl(topicUrl: string, ruleId: string): string {
  return `${topicUrl.replace(/#.*$/, '')}#${ruleId.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-')}`;
}

export function topicNodes(topics: readonly TopicSummary[]): TopicNode[] {
  return topics.map((topic) => ({
    id: topic.id,
    label: topic.title,
    description: topic.id,
    tooltip: topic.summary,
    url: topic.url,
    children: topic.rules.map((rule) => ({
      id: rule.id,
      label: rule.title,
      description: `${rule.id} · ${SEVERITY[rule.severity]}`,
      tooltip: `${rule.title} (${rule.id}, standard: ${SEVERITY[rule.severity]})`,
      url: ruleUrl(topic.url, rule.id),
      children: [],
    })),
  }));
}
