// Human-readable output for the terminal: grouped per file, line:column, severity, message, rule id, fix.
import type { Severity } from '../engine/types.js';
import type { JsonFile } from './json.js';
import { SEVERITY_LABEL } from './severity-labels.js';

export interface Colours {
  readonly enabled: boolean;
}

const CODES: Readonly<Record<Severity | 'dim' | 'bold' | 'reset', string>> = {
  error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', hint: '\u001b[90m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m',
};

function paint(colours: Colours, code: keyof typeof CODES, text: string): string {
  return colours.enabled ? `${CODES[code]}${text}${CODES.reset}` : text;
}

const KIND_LABEL = { afgoerelse: 'afgørelse', 'ikke-afgoerelse': 'ikke en afgørelse' } as const;

export function formatText(files: readonly JsonFile[], colours: Colours): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) {
    const facts = [KIND_LABEL[file.kind], file.outcome, file.area ? `område: ${file.area}` : null, `LIX ${file.stats.lix}`, `${file.stats.words} ord`].filter(Boolean).join(', ');
    out.push(`${paint(colours, 'bold', file.file)}  ${paint(colours, 'dim', `(${facts})`)}`);
    if (file.diagnostics.length === 0) out.push(`  ${paint(colours, 'dim', 'Ingen fund.')}`);
    const width = Math.max(0, ...file.diagnostics.map((d) => `${d.start.line}:${d.start.column}`.length));
    for (const d of file.diagnostics) {
      totals[d.severity]++;
      const where = `${d.start.line}:${d.start.column}`.padEnd(width);
      const label = paint(colours, d.severity, SEVERITY_LABEL[d.severity].padEnd(8));
      out.push(`  ${paint(colours, 'dim', where)}  ${label}  ${d.message}  ${paint(colours, 'dim', d.ruleId)}`);
      if (d.suggestions.length && d.suggestions[0]!.length < 120) out.push(`  ${' '.repeat(width)}  ${' '.repeat(8)}  ${paint(colours, 'dim', `forslag: ${d.suggestions.slice(0, 3).join(' / ')}`)}`);
    }
    out.push('');
  }
  const count = totals.error + totals.warning + totals.info + totals.hint;
  out.push(`${count} fund i ${files.length} ${files.length === 1 ? 'fil' : 'filer'}: ${totals.error} fejl, ${totals.warning} advarsler, ${totals.info} info, ${totals.hint} tip`);
  return out.join('\n');
}
