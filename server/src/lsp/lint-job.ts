// Messages between the language server's main thread and its lint worker. Only serialisable data crosses:
// the letter model stays in the worker.
import type { BrevtjekConfig } from '../engine/config.js';
import type { Area, Format, LetterKind, LetterStats, Message, Outcome } from '../engine/types.js';

export type WorkerRequest =
  | { readonly id: number; readonly op: 'warm' }
  | { readonly id: number; readonly op: 'lint'; readonly text: string; readonly format: Format; readonly layers: readonly (BrevtjekConfig | undefined)[] }
  | { readonly id: number; readonly op: 'suggest'; readonly word: string };

export interface LintOutcome {
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly stats: LetterStats;
  readonly messages: readonly Message[];
  /** Ids of checks that threw, with the error message (never letter text). */
  readonly failures: readonly { readonly check: string; readonly error: string }[];
  readonly millis: number;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly lint?: LintOutcome; readonly suggestions?: readonly string[] }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The hidden CLI command a lint worker thread runs (see lsp-command.ts). */
export const WORKER_COMMAND = 'lsp-worker';
