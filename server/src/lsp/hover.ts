// Hover on a flagged range: the topic's title, the rule in plain Danish, its legal basis and a short bad/good
// example, all from the knowledge base.
import type { Message, TopicId } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

const EXAMPLE_LINES = 4;
const EXAMPLE_CHARS = 300;

/** The first lines of an example, so the hover stays short. */
export function shortExample(example: string): string {
  const lines = example.trim().split(/\r?\n/);
  let text = lines.slice(0, EXAMPLE_LINES).join('\n');
  if (text.length > EXAMPLE_CHARS) text = `${text.slice(0, EXAMPLE_CHARS).replace(/\s+\S*$/, '')} …`;
  else if (lines.length > EXAMPLE_LINES) text += '\n…';
  return text;
}

function quote(text: string): string {
  return text.split('\n').map((line) => `> ${line}`).join('\n');
}

/** Markdown for the findings under the cursor (one section per rule), or undefined when none is known. */
export function hoverMarkdown(kb: KnowledgeBase, messages: readonly Message[]): string | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const message of messages) {
    if (seen.has(message.ruleId)) continue;
    seen.add(message.ruleId);
    const topic = kb.topics.get(message.topic as TopicId);
    if (!topic) continue;
    const rule = topic.rules.find((r) => r.id === message.ruleId);
    const section = [
      `### ${topic.title}${rule ? ` — ${rule.title}` : ''}`,
      rule ? rule.text || rule.description : topic.summary,
      topic.legalBasis.length ? `**Retsgrundlag:** ${topic.legalBasis.join('; ')}` : '',
      `**Dårligt eksempel:**\n\n${quote(shortExample(topic.badExample))}`,
      `**Godt eksempel:**\n\n${quote(shortExample(topic.goodExample))}`,
      `[Læs mere i vidensbasen](${message.url}) · \`${message.ruleId}\``,
    ];
    parts.push(section.filter(Boolean).join('\n\n'));
  }
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}
