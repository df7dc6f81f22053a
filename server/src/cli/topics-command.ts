// `brevtjek topics` and `brevtjek explain <topic|ruleId>`: the knowledge base in the terminal.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { TopicId } from '../engine/types.js';
import { SEVERITY_LABEL } from '../output/severity-labels.js';
import { UsageError } from './args.js';
import type { Console } from './console.js';

export function topicsCommand(kb: KnowledgeBase, io: Console): number {
  const width = Math.max(...[...kb.topics.keys()].map((id) => id.length));
  for (const topic of kb.topics.values()) {
    io.out(`${topic.id.padEnd(width)}  ${topic.title} — ${topic.summary}`);
    for (const rule of topic.rules) io.out(`${' '.repeat(width)}    ${rule.id} (${SEVERITY_LABEL[rule.severity]}): ${rule.title}`);
  }
  return 0;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

export function explainCommand(kb: KnowledgeBase, id: string | undefined, io: Console): number {
  if (!id) throw new UsageError('Angiv et emne eller en regel, fx "brevtjek explain klagevejledning" eller "brevtjek explain klagevejledning/frist".');
  const topicId = id.split('/')[0] as TopicId;
  const topic = kb.topics.get(topicId);
  if (!topic) throw new UsageError(`Ukendt emne "${id}". Se listen med "brevtjek topics".`);
  const rule = id.includes('/') ? topic.rules.find((r) => r.id === id) : undefined;
  if (id.includes('/') && !rule) throw new UsageError(`Emnet ${topic.id} har ingen regel "${id}".`);
  const parts = [
    `${topic.title.toUpperCase()} (${topic.id})`,
    topic.summary,
    topic.legalBasis.length ? `Retsgrundlag: ${topic.legalBasis.join('; ')}` : '',
    rule ? `\n${rule.id} — ${rule.title} (${SEVERITY_LABEL[rule.severity]})\n${rule.text || rule.description}` : '',
    `\nHvad reglen kræver\n${topic.requirement}`,
    `\nHvorfor det betyder noget for borgeren\n${topic.whyItMatters}`,
    `\nDårligt eksempel\n${indent(topic.badExample)}`,
    `\nGodt eksempel\n${indent(topic.goodExample)}`,
    !rule ? `\nRegler\n${topic.rules.map((r) => `  ${r.id} (${SEVERITY_LABEL[r.severity]}): ${r.description}`).join('\n')}` : '',
    topic.sources.length ? `\nKilder: ${topic.sources.join('; ')}` : '',
  ];
  io.out(parts.filter(Boolean).join('\n'));
  return 0;
}
