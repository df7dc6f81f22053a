// The knowledge base is documentation and test data at once: every topic's bad example must trigger the
// topic and its good example must not (ESLint runs its rule docs the same way).
import { describe, expect, it } from 'vitest';
import { allChecks } from '../server/src/checks/index.js';
import { TOPIC_IDS } from '../server/src/engine/types.js';
import { kb, lintText } from './helpers/session.js';

const checkedTopics = new Set(allChecks.map((c) => c.meta.topic));

describe('knowledge base', () => {
  it('has one topic document per topic id, each with rules', () => {
    expect([...kb.topics.keys()].sort()).toEqual([...TOPIC_IDS].sort());
    for (const topic of kb.topics.values()) expect(topic.rules.length).toBeGreaterThan(0);
  });

  it('documents every rule id a check can report, under its own topic', () => {
    for (const check of allChecks) {
      for (const ruleId of check.meta.rules) {
        expect(kb.rules.get(ruleId)?.topic, `${check.meta.id} reports ${ruleId}`).toBe(check.meta.topic);
        expect(kb.rules.get(ruleId)!.text.length, `${ruleId} has a paragraph under "## Regler"`).toBeGreaterThan(20);
      }
    }
  });

  it('keeps rule ids unique across checks', () => {
    const ids = allChecks.flatMap((c) => c.meta.rules);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites a borgerrådgiver report or another source in every topic', () => {
    for (const topic of kb.topics.values()) expect(topic.sources.length, topic.id).toBeGreaterThan(0);
  });

  for (const id of TOPIC_IDS) {
    const topic = kb.topics.get(id)!;
    const run = checkedTopics.has(id) ? it : it.skip;
    run(`${id}: the bad example triggers the topic`, () => {
      const found = lintText(topic.badExample, 'markdown', undefined, true).messages.filter((m) => m.topic === id);
      expect(found.length).toBeGreaterThan(0);
    });
    run(`${id}: the good example does not trigger the topic`, () => {
      const found = lintText(topic.goodExample, 'markdown', undefined, true).messages.filter((m) => m.topic === id);
      expect(found.map((m) => `${m.ruleId}: ${topic.goodExample.slice(m.start, m.end)}`)).toEqual([]);
    });
  }
});
