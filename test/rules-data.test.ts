// The rule data is validated by schemas at load, and a broken file fails loudly, naming its path.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataSchemas } from '../server/src/knowledge/schemas.js';
import { findRulesDir, KnowledgeBaseError, loadRuleData, loadTopics } from '../server/src/knowledge/load.js';

const rulesDir = findRulesDir();

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'brevtjek-rules-'));
  cpSync(rulesDir, join(dir, 'rules'), { recursive: true });
  edit(join(dir, 'rules'));
  return join(dir, 'rules');
}

describe('rules/ data', () => {
  it('validates every data file against its schema, and every schema has its file', () => {
    const data = loadRuleData(rulesDir);
    expect(Object.keys(data).sort()).toEqual(Object.keys(dataSchemas).sort());
  });

  it('fails with the path when a data file breaks its schema', () => {
    const dir = brokenCopy((d) => writeFileSync(join(d, 'data', 'placeholders.yaml'), 'patterns:\n  - id: x\n    description: y\n    regex: "(["\n'));
    expect(() => loadRuleData(dir)).toThrow(KnowledgeBaseError);
    expect(() => loadRuleData(dir)).toThrow(/placeholders\.yaml.*regex/);
  });

  it('fails with the path when a data file is not YAML or has no schema', () => {
    const notYaml = brokenCopy((d) => writeFileSync(join(d, 'data', 'kommuner.yaml'), 'kommuner: [Aarhus\n'));
    expect(() => loadRuleData(notYaml)).toThrow(/kommuner\.yaml\): ikke gyldig YAML/);
    const unknown = brokenCopy((d) => writeFileSync(join(d, 'data', 'ukendt.yaml'), 'a: 1\n'));
    expect(() => loadRuleData(unknown)).toThrow(/ukendt\.yaml.*intet skema/);
  });

  it('fails with the path when a topic document loses a required part', () => {
    const dir = brokenCopy((d) => {
      const path = join(d, 'topics', 'tone.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('## Godt eksempel', '## Andet eksempel'));
    });
    expect(() => loadTopics(dir)).toThrow(/tone\.md.*Godt eksempel/);
  });
});
