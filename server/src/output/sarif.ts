// SARIF 2.1.0 output with rule metadata from the knowledge base.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { topicUrl } from '../knowledge/knowledge-base.js';
import type { Severity } from '../engine/types.js';
import type { JsonFile } from './json.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(files: readonly JsonFile[], kb: KnowledgeBase, version: string): object {
  const rules = [...kb.rules.values()].map((rule) => ({
    id: rule.id,
    name: rule.title,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: topicUrl(kb, rule.topic, rule.id),
    help: { text: rule.description, markdown: rule.text || rule.description },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { topic: rule.topic, legalBasis: kb.topics.get(rule.topic)?.legalBasis ?? [] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Brevtjek', version, language: 'da-DK', rules } },
      results: files.flatMap((file) => file.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: file.file.replace(/\\/g, '/') },
            region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column, charOffset: d.start.offset, charLength: d.end.offset - d.start.offset },
          },
        }],
        ...(d.suggestions.length ? { fixes: [{ description: { text: `Erstat med "${d.suggestions[0]}"` }, artifactChanges: [{ artifactLocation: { uri: file.file.replace(/\\/g, '/') }, replacements: [{ deletedRegion: { charOffset: d.start.offset, charLength: d.end.offset - d.start.offset }, insertedContent: { text: d.suggestions[0] } }] }] }] } : {}),
      }))),
      columnKind: 'utf16CodeUnits',
    }],
  };
}
