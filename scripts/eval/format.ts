// Tables of an evaluation report: plain text for the terminal and Markdown for the README.
import { precision, recall, type EvalReport } from './evaluate.js';
import type { Tally } from './score.js';

const pct = (x: number) => x.toFixed(2);

function rows(map: ReadonlyMap<string, Tally>): string[][] {
  return [...map.entries()].map(([key, t]) => [key, String(t.tp), String(t.fp), String(t.fn), pct(precision(t)), pct(recall(t))]);
}

function textTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function markdownTable(header: string[], body: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const HEADER = ['', 'TP', 'FP', 'FN', 'præcision', 'recall'];

function factLines(report: EvalReport): string[] {
  return [
    `Brevtype (afgørelse/ikke): ${report.kind.correct}/${report.kind.total} = ${pct(report.kind.correct / report.kind.total)}`,
    `Udfald (afgørelser): ${report.outcome.correct}/${report.outcome.total} = ${pct(report.outcome.correct / report.outcome.total)}`,
    `Område: ${report.area.correct}/${report.area.total} = ${pct(report.area.correct / report.area.total)}`,
    `Begrundelse/klagevejledning-fund på ikke-afgørelser og fulde bevillinger: ${report.forbiddenLegalFindings.length}`,
  ];
}

export function formatTextReport(report: EvalReport, options: { topic?: string; misses?: boolean }): string {
  const filter = (key: string) => !options.topic || key === options.topic || key.startsWith(`${options.topic}/`);
  const out = [`Brevtjek-evaluering på ${report.letters} breve`, '', 'Pr. emne', textTable(HEADER, rows(new Map([...report.byTopic].filter(([k]) => filter(k))))), '', 'Pr. regel', textTable(HEADER, rows(new Map([...report.byRule].filter(([k]) => filter(k))))), '', ...factLines(report)];
  if (report.seeds.length) {
    out.push('', 'Stavekontrol på borgerrådgivernes beretninger (andel markerede ord)');
    out.push(textTable(['fil', 'ord', 'markeret', 'andel'], report.seeds.map((s) => [s.file, String(s.words), String(s.flagged), `${(s.share * 100).toFixed(2)} %`])));
  }
  if (report.failures.length) out.push('', `Interne fejl i tjek: ${report.failures.length}`, ...report.failures.slice(0, 20).map((f) => `  ${f}`));
  if (options.misses) {
    const misses = report.outcomes.filter((o) => o.result !== 'tp' && filter(o.ruleId));
    out.push('', `Fejl (${misses.length})`, ...misses.map((o) => `  ${o.result.toUpperCase()}  ${o.ruleId.padEnd(32)} ${o.letter}  ${JSON.stringify(o.text)}`));
    out.push(...report.kind.wrong.map((w) => `  BREVTYPE  ${w}`), ...report.outcome.wrong.map((w) => `  UDFALD  ${w}`), ...report.area.wrong.map((w) => `  OMRÅDE  ${w}`), ...report.forbiddenLegalFindings.map((w) => `  FORBUDT  ${w}`));
  }
  return out.join('\n');
}

/** A held-out set: letters never used for tuning, with a caption that says how blind its figures still are. */
export interface HeldOut {
  readonly caption: string;
  readonly report: EvalReport;
}

export function formatMarkdownReport(report: EvalReport, heldOut: readonly HeldOut[] = []): string {
  const out = [
    `Measured on ${report.letters} annotated letters in \`corpus/\` (\`npm run eval\`; this table is written by \`npm run eval -- --write-readme\`).`,
    '',
    markdownTable(['topic', ...HEADER.slice(1)], rows(report.byTopic)),
    '',
    '<details><summary>Per rule id</summary>',
    '',
    markdownTable(['rule', ...HEADER.slice(1)], rows(report.byRule)),
    '',
    '</details>',
    '',
    ...factLines(report).map((l) => `- ${l}`),
  ];
  if (report.seeds.length) {
    out.push('', 'Spelling on the borgerrådgiver reports in `../shared/seeds/` (share of words flagged):', '', markdownTable(['file', 'words', 'flagged', 'share'], report.seeds.map((s) => [s.file, String(s.words), String(s.flagged), `${(s.share * 100).toFixed(2)} %`])));
  }
  for (const { caption, report: held } of heldOut) {
    if (held.letters === 0) continue;
    out.push('', caption, '', markdownTable(['topic', ...HEADER.slice(1)], rows(held.byTopic)), '', ...factLines(held).map((l) => `- ${l}`));
  }
  return out.join('\n');
}
