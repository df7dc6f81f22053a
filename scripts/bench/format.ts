// Render bench results as a Markdown table (printed by `npm run bench`, and in docs/benchmarks.md). Danish labels,
// since the table is what a reader of the project sees; "ikke tilgængelig" where a figure could not be measured.
import type { BenchResults } from './results.js';

export const NOT_AVAILABLE = 'ikke tilgængelig';

const number = (value: number, digits: number) => value.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number) => `${number(value, value < 10 ? 2 : 1)} ms`;
const seconds = (value: number) => `${number(value, 2)} s`;
const mib = (value: number) => `${number(value, 0)} MiB`;
const rate = (value: number, unit: string) => `${number(Math.round(value), 0)} ${unit}`;
const met = (ok: boolean) => (ok ? 'ja' : 'nej');

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
    [`Stavning, vores tjek via lint() inkl. parsing (${number(s.check.words, 0)} ord)`, rate(s.check.wordsPerSecond, 'ord/s'), '', ''],
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
    [`Varm lint, Markdown (${letter}), p50 / p95 over ${w.markdown.runs}`, `${ms(w.markdown.p50)} / ${ms(w.markdown.p95)}`, '≤ 8 ms / ≤ 20 ms', met(w.markdown.p50 <= 8 && w.markdown.p95 <= 20)],
    ['Varm lint, Markdown, CPU-tid p50 / p95', `${ms(w.markdownCpu.p50)} / ${ms(w.markdownCpu.p95)}`, '', ''],
    ['Varm lint, tekst, p50 / p95', `${ms(w.text.p50)} / ${ms(w.text.p95)}`, '', ''],
    ['remark-parse alene (samme Markdown), p50 / p95', `${ms(w.remarkParse.p50)} / ${ms(w.remarkParse.p95)}`, 'reference', ''],
    ['lint() uden tjek (parse + brevmodel), p50 / p95', `${ms(w.noChecks.p50)} / ${ms(w.noChecks.p95)}`, 'reference', ''],
    ...w.checks.map((c): Row => [`Tjek \`${c.id}\`, p50 / p95`, `${ms(c.p50)} / ${ms(c.p95)}`, '', '']),
    [`Opstart i processen: vidensbase / ordbog`, `${ms(r.startup.knowledgeBaseMs)} / ${ms(r.startup.dictionaryMs)}`, '', ''],
    [`Kold CLI \`brevtjek lint\`, median over ${cli.withSpelling.wall.runs}`, seconds(cli.withSpelling.wall.p50 / 1000), '≤ 1,0 s', met(cli.withSpelling.wall.p50 <= 1000)],
    ['Kold CLI, CPU-tid (median)', seconds(cli.withSpelling.cpu.p50 / 1000), '', ''],
    ['Kold CLI uden stavning, median (CPU-tid)', `${seconds(cli.withoutSpelling.wall.p50 / 1000)} (${seconds(cli.withoutSpelling.cpu.p50 / 1000)})`, '', ''],
    [`Batch, ${b.inProcess.letters} breve (${b.corpusLetters} gentaget), 1 tråd i varm proces`, rate(b.inProcess.lettersPerSecond, 'breve/s'), '', ''],
    ['Batch, 1 arbejdstråd inkl. opstart', rate(b.oneWorker.lettersPerSecond, 'breve/s'), '', ''],
    [`Batch, ${b.allCores.threads} arbejdstråde inkl. opstart`, rate(b.allCores.lettersPerSecond, 'breve/s'), '≥ 200 breve/s', met(b.allCores.lettersPerSecond >= 200)],
    ...spellingRows(r),
    ['Hukommelse, CLI peak RSS (med / uden stavning)', `${mib(cli.withSpelling.peakRssMiB)} / ${mib(cli.withoutSpelling.peakRssMiB)}`, '', ''],
  ];
  const lsp = r.lsp.available ? r.lsp.figures : undefined;
  const lspValue = (value: number | undefined, render: (v: number) => string) => (value === undefined ? NOT_AVAILABLE : render(value));
  rows.push(
    ['Sprogserver, kold initialize → første diagnostik', lspValue(lsp?.coldInitToFirstDiagnosticsMs, ms), '', ''],
    [`Sprogserver, varm didChange → diagnostik${lsp?.didChangeLetterWords ? ` (${number(lsp.didChangeLetterWords, 0)} ord)` : ''}, p50 / p95`, lsp?.didChangeP50Ms === undefined || lsp.didChangeP95Ms === undefined ? NOT_AVAILABLE : `${ms(lsp.didChangeP50Ms)} / ${ms(lsp.didChangeP95Ms)}`, '', ''],
    ['Hukommelse, sprogserver peak RSS', lspValue(lsp?.peakRssMiB, mib), '', ''],
  );
  return table(rows);
}
