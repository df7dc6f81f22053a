// The language-server figures come from the LSP engineer's scripts/bench/lsp.ts (benchLanguageServer, run through
// call-helper.ts). This picks the fields the table shows; anything missing stays "ikke tilgængelig".
import type { HelperOutcome } from './helper-result.js';
import type { LspFigures, Optional } from './results.js';

export const LSP_HELPER = { module: 'scripts/bench/lsp.ts', exportName: 'benchLanguageServer' } as const;

function numberAt(raw: unknown, key: string): number | undefined {
  const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function lspFigures(outcome: HelperOutcome): Optional<LspFigures> {
  if (!outcome.ok) return { available: false, reason: outcome.reason };
  const raw = outcome.value;
  const fields = {
    coldInitToFirstDiagnosticsMs: numberAt(raw, 'coldInitToFirstDiagnosticsMs'),
    didChangeP50Ms: numberAt(raw, 'warmDidChangeP50Ms'),
    didChangeP95Ms: numberAt(raw, 'warmDidChangeP95Ms'),
    didChangeLetterWords: numberAt(raw, 'warmLetterWords'),
    peakRssMiB: numberAt(raw, 'serverPeakRssMiB'),
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Omit<LspFigures, 'raw'>;
  return { available: true, figures: { ...present, raw } };
}
