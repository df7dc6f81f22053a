// The shape of bench-results/latest.json.
import type { BatchFigures } from './batch.js';
import type { ColdCliFigures } from './cold-cli.js';
import type { MachineInfo } from './machine.js';
import type { SpellingFigures } from './spelling.js';
import type { WarmLintFigures } from './warm-lint.js';

/** A figure another engineer's helper provides, or why it is missing. */
export type Optional<T> = { readonly available: true; readonly figures: T } | { readonly available: false; readonly reason: string };

export interface LspFigures {
  /** Milliseconds from spawning the server (initialize) to the first publishDiagnostics. */
  readonly coldInitToFirstDiagnosticsMs?: number;
  readonly didChangeP50Ms?: number;
  readonly didChangeP95Ms?: number;
  /** The didChange figures are for a longer letter than the warm lint (the LSP helper's choice). */
  readonly didChangeLetterWords?: number;
  readonly peakRssMiB?: number;
  /** Everything the helper returned, as it returned it. */
  readonly raw: unknown;
}

export interface BenchResults {
  readonly schema: 1;
  readonly machine: MachineInfo;
  readonly settings: { readonly warmRuns: number; readonly warmup: number; readonly cliRuns: number; readonly batchLetters: number; readonly spellingWords: number };
  /** In-process load times, milliseconds: the knowledge base, then the dictionary. */
  readonly startup: { readonly knowledgeBaseMs: number; readonly dictionaryMs: number };
  readonly warmLint: WarmLintFigures;
  readonly coldCli: { readonly withSpelling: ColdCliFigures; readonly withoutSpelling: ColdCliFigures };
  readonly batch: BatchFigures;
  readonly spelling: SpellingFigures;
  readonly lsp: Optional<LspFigures>;
}
