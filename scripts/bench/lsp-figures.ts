// The language-server figures come from the LSP engineer's scripts/bench/lsp.ts (run through call-helper.ts).
// This maps whatever it returns onto the fields of the table; anything it does not provide stays "ikke tilgængelig".
import type { HelperOutcome } from './helper-result.js';
import type { LspFigures, Optional } from './results.js';

function findNumber(value: unknown, test: (path: string) => boolean, prefix = ''): number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = `${prefix}${key}`.toLowerCase();
    if (typeof child === 'number' && Number.isFinite(child) && test(path)) return child;
    const nested = findNumber(child, test, `${path}.`);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

export function lspFigures(outcome: HelperOutcome): Optional<LspFigures> {
  if (!outcome.ok) return { available: false, reason: outcome.reason };
  const raw = outcome.value;
  const cold = findNumber(raw, (p) => /(cold|init|first)/.test(p) && !/rss/.test(p));
  const p50 = findNumber(raw, (p) => /p50|median/.test(p) && !/rss|cold|init/.test(p));
  const p95 = findNumber(raw, (p) => /p95/.test(p) && !/rss|cold|init/.test(p));
  const rssMiB = findNumber(raw, (p) => /rss.*mib|rss.*mb/.test(p));
  const rssBytes = rssMiB === undefined ? findNumber(raw, (p) => /rss/.test(p)) : undefined;
  const figures: LspFigures = {
    ...(cold !== undefined ? { coldInitToFirstDiagnosticsMs: cold } : {}),
    ...(p50 !== undefined ? { didChangeP50Ms: p50 } : {}),
    ...(p95 !== undefined ? { didChangeP95Ms: p95 } : {}),
    ...(rssMiB !== undefined ? { peakRssMiB: rssMiB } : rssBytes !== undefined ? { peakRssMiB: rssBytes > 1e6 ? rssBytes / 1024 / 1024 : rssBytes / 1024 } : {}),
    raw,
  };
  return { available: true, figures };
}
