// Shared test helpers: one real knowledge base (from rules/) per test process, and a lint shortcut.
import { lint, type FullLintResult } from '../../server/src/engine/lint.js';
import { resolveConfig, type BrevtjekConfig } from '../../server/src/engine/config.js';
import type { Format } from '../../server/src/engine/types.js';
import { loadKnowledgeBase } from '../../server/src/knowledge/load.js';
import { loadSpeller } from '../../server/src/io/speller-loader.js';

export const kb = loadKnowledgeBase();

export function lintText(text: string, format: Format = 'markdown', config?: BrevtjekConfig, withSpeller = false): FullLintResult {
  const speller = withSpeller ? loadSpeller() : undefined;
  return lint(text, { format, kb, config: resolveConfig(config), ...(speller ? { speller } : {}) });
}

export function ruleIds(result: FullLintResult): string[] {
  return result.messages.map((m) => m.ruleId);
}
