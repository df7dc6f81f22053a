// Render bench results as a Markdown table (printed by `npm run bench`, and in docs/benchmarks.md). Danish labels,
// since the table is what a reader of the project sees; "ikke tilgængelig" where a figure could not be measured.
import type { Throughput } from './batch.js';
import type { BenchResults } from './results.js';
import type { Timed } from './warm-lint.js';

export const NOT_AVAILABLE = 'ikke tilgængelig';

const number = (value: number, digits: number) => value.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number) => `${number(value, value < 10 ? 2 : 1)} ms`;
const seconds = (value: number) => `${number(value, 2)} s`;
const mib = (value: number) => `${number(value, 0)} MiB`;
const rate = (value: number, unit: string) => `${number(Math.round(value), 0)} ${unit}`;
const met = (ok: boolean) => (ok ? 'ja' : 'nej');
const lettersRate = (t: Throughput) => `${rate(t.lettersPerSecond, 'breve/s')} (${rate(t.letters / t.cpuSeconds, 'pr. CPU-sekund')})`;

/** Wall-time p50 / p95, with the CPU-time p50 in brackets (much less inflated on a busy machine). */
const timed = (t: Timed) => `${ms(t.wall.p50)} / ${ms(t.wall.p95)} (CPU ${ms(t.cpu.p50)})`;

type Row = readonly [label: string, result: string, target: string, reached: string];

function table(rows: readonly Row[]): string {
  const head = '| Måling | Resultat | Mål | Nået |\n|---|---|---|---|';
  return [head, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} kerner, ${number(m.ramGiB, 0)} GiB RAM, Node ${m.node}, ${m.os}; målt ${m.date.slice(0, 16).replace('T', ' ')} UTC${m.commit ? ` (commit ${m.commit})` : ''}; belastning (1 min.) ${number(m.loadAverage, 2)} ved start${m.loadAverageAtEnd === undefined ? '' : `, ${number(m.loadAverageAtEnd, 2)} ved slut`}${m.nice ? `; kørt med nice ${m.nice}` : ''}`;
}

function spellingRows(r: BenchResults): Row[] {
  const s = r.spelling;
  const d = s.dictionary.available ? s.dictionary.figures : undefined;
  const ratio = (value: number | null) => (value === null ? NOT_AVAILABLE : `${number(value, 2)}×`);
  const rows: Row[] = [
    s.check
      ? [`Stavning, vores tjek via lint() inkl. parsing (${number(s.check.words, 0)} ord)`, rate(s.check.wordsPerSecond, 'ord/s'), '', '']
      : ['Stavning, vores tjek via lint() inkl. parsing', NOT_AVAILABLE, '', ''],
  ];
  if (!d) {
    rows.push(['Stavning, ordbog: vores og native hunspell', NOT_AVAILABLE, '', '']);
  } else {
    rows.push(
      [`Stavning, vores ordbog (${number(d.words, 0)} ord, ${number(d.uniqueWords, 0)} forskellige): ucachet / kold cache / varm cache`, `${rate(d.ours.uncachedWordsPerSecond, 'ord/s')} / ${rate(d.ours.coldWordsPerSecond, 'ord/s')} / ${rate(d.ours.cachedWordsPerSecond, 'ord/s')}`, '', ''],
      [`Stavning, native \`hunspell -l\`${d.native ? ` (${d.native.dictionary})` : ''}: uden / med opstart`, d.native ? `${rate(d.native.wordsPerSecondAfterStartup, 'ord/s')} / ${rate(d.native.wordsPerSecond, 'ord/s')} (opstart ${seconds(d.native.startupSeconds)})` : NOT_AVAILABLE, '', ''],
    );
  }
  rows.push(
    ['Stavning, forhold vores (kold cache) / native', ratio(s.ratio), '≥ 1', s.ratio === null ? '' : met(s.ratio >= 1)],
    ['Stavning, forhold vores ucachet / native', ratio(s.ratioUncached), '', ''],
    ['Stavning, forhold vores tjek via lint() / native', ratio(s.ratioCheck), '', ''],
  );
  return rows;
}

export function figuresTable(r: BenchResults): string {
  const w = r.warmLint;
  const letter = `${w.words} ord, ${w.checkCount} tjek${w.spelling ? ' inkl. stavning' : ''}`;
  const cli = r.coldCli;
  const b = r.batch;
  const rows: Row[] = [
    [`Varm lint, Markdown (${letter}), p50 / p95 over ${w.markdown.wall.runs}`, timed(w.markdown), '≤ 8 ms / ≤ 20 ms', met(w.markdown.wall.p50 <= 8 && w.markdown.wall.p95 <= 20)],
    ['Varm lint, Markdown, brev aldrig set før (tom parse-cache), p50 / p95', timed(w.markdownUncached), 'reference', ''],
    ['Varm lint, tekst, p50 / p95', timed(w.text), '', ''],
    ['remark-parse alene (samme Markdown), p50 / p95', timed(w.remarkParse), 'reference', ''],
    ['parseLetter() (remark + retext + sætninger, tom cache), p50 / p95', timed(w.parseLetter), 'reference', ''],
    ['lint() uden tjek (parse + brevmodel), p50 / p95', timed(w.noChecks), 'reference', ''],
    ...w.checks.map((c): Row => [`Tjek \`${c.id}\`, p50 / p95`, `${ms(c.p50)} / ${ms(c.p95)} (CPU ${ms(c.cpuP50)})`, '', '']),
    [`Opstart i processen: vidensbase / ordbog`, `${ms(r.startup.knowledgeBaseMs)} / ${ms(r.startup.dictionaryMs)}`, '', ''],
    [`Kold CLI \`brevtjek lint\`, median over ${cli.withSpelling.wall.runs}`, seconds(cli.withSpelling.wall.p50 / 1000), '≤ 1,0 s', met(cli.withSpelling.wall.p50 <= 1000)],
    ['Kold CLI, CPU-tid (median)', seconds(cli.withSpelling.cpu.p50 / 1000), '', ''],
    ['Kold CLI uden stavning, median (CPU-tid)', `${seconds(cli.withoutSpelling.wall.p50 / 1000)} (${seconds(cli.withoutSpelling.cpu.p50 / 1000)})`, '', ''],
    [`Batch, ${b.inProcess.letters} breve (${b.corpusLetters} gentaget), 1 tråd i varm proces`, lettersRate(b.inProcess), '', ''],
    ['Batch, 1 arbejdstråd inkl. opstart', lettersRate(b.oneWorker), '', ''],
    [`Batch, ${b.allCores.threads} arbejdstråde inkl. opstart`, lettersRate(b.allCores), '≥ 200 breve/s', met(b.allCores.lettersPerSecond >= 200)],
    ...spellingRows(r),
    ['Hukommelse, CLI peak RSS (med / uden stavning)', `${mib(cli.withSpelling.peakRssMiB)} / ${mib(cli.withoutSpelling.peakRssMiB)}`, '', ''],
  ];
  const lsp = r.lsp.available ? r.lsp.figures : undefined;
  const lspValue = (value: number | undefined, render: (v: number) => string) => (value === undefined ? NOT_AVAILABLE : render(value));
  const targets = { coldMs: 1000, warmP95Ms: 50, rssMiB: 250 };
  const reached = (value: number | undefined, limit: number) => (value === undefined ? '' : met(value <= limit));
  rows.push(
    ['Sprogserver, kold initialize → første diagnostik', lspValue(lsp?.coldInitToFirstDiagnosticsMs, ms), '≤ 1 s', reached(lsp?.coldInitToFirstDiagnosticsMs, targets.coldMs)],
    [`Sprogserver, varm didChange → diagnostik${lsp?.didChangeLetterWords ? ` (${number(lsp.didChangeLetterWords, 0)} ord)` : ''}, p50 / p95`, lsp?.didChangeP50Ms === undefined || lsp.didChangeP95Ms === undefined ? NOT_AVAILABLE : `${ms(lsp.didChangeP50Ms)} / ${ms(lsp.didChangeP95Ms)}`, `p95 ≤ ${targets.warmP95Ms} ms`, reached(lsp?.didChangeP95Ms, targets.warmP95Ms)],
    ['Hukommelse, sprogserver peak RSS', lspValue(lsp?.peakRssMiB, mib), `≤ ${targets.rssMiB} MiB`, reached(lsp?.peakRssMiB, targets.rssMiB)],
  );
  return table(rows);
}
