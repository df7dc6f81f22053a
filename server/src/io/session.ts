// A process-wide linting session for the adapters: the knowledge base and the speller are loaded once;
// configuration layers (defaults < project file < editor/CLI settings) are resolved per letter.
import { dirname } from 'node:path';
import { resolveConfig, type BrevtjekConfig } from '../engine/config.js';
import { lint, type FullLintResult } from '../engine/lint.js';
import type { Format } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { findRulesDir, loadKnowledgeBase } from '../knowledge/load.js';
import type { Speller } from '../spelling/speller.js';
import { projectConfigFor } from './config-file.js';
import { loadSpeller } from './speller-loader.js';

export interface SessionOptions {
  readonly rulesDir?: string;
  readonly topicBaseUrl?: string;
  /** Skip the dictionary (tests of other topics, or `rules: { stavning: off }`). */
  readonly spelling?: boolean;
}

export class LintSession {
  readonly kb: KnowledgeBase;
  private speller: Speller | undefined;
  private readonly spelling: boolean;

  constructor(options: SessionOptions = {}) {
    this.kb = loadKnowledgeBase(options.rulesDir ?? findRulesDir(), options.topicBaseUrl);
    this.spelling = options.spelling ?? true;
  }

  /** The speller, loaded on first use. */
  getSpeller(): Speller | undefined {
    if (this.spelling && !this.speller) this.speller = loadSpeller();
    return this.speller;
  }

  lintText(text: string, format: Format, ...layers: readonly (BrevtjekConfig | undefined)[]): FullLintResult {
    const config = resolveConfig(...layers);
    const stavningOff = config.rules.stavning === 'off' || config.rules.stavning === false || config.rules['stavning/ukendt-ord'] === 'off';
    const speller = stavningOff ? undefined : this.getSpeller();
    return lint(text, { format, kb: this.kb, config, ...(speller ? { speller } : {}) });
  }

  /** Lint a letter read from a file, with the project configuration found from its folder. */
  lintFileText(path: string, text: string, format: Format, explicitConfig?: string, overrides?: BrevtjekConfig): FullLintResult {
    return this.lintText(text, format, projectConfigFor(dirname(path), explicitConfig), overrides);
  }
}
