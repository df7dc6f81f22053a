// `brevtjek report DIR [--out rapport.html] [--format html|json|csv]`: an audit of every letter in a folder.
import { stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseArgs, UsageError } from '../cli/args.js';
import type { Command } from '../cli/main.js';
import type { TopicId } from '../engine/types.js';
import { bundledWorkerScript, collectRecords } from './collect.js';
import { csvReport } from './csv.js';
import { htmlReport } from './html.js';
import { spellingSuggestions } from '../spelling/suggestions.js';
import { progressBar } from './progress.js';
import { summarise } from './summary.js';

const FORMATS = ['html', 'json', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];

export const reportCommand: Command = async (argv, session, io) => {
  const args = parseArgs(argv, ['out', 'format', 'threads']);
  const [dir, ...extra] = args.positionals;
  if (!dir || extra.length) throw new UsageError('Angiv én mappe med breve, fx "brevtjek report breve/ --out rapport.html".');
  const out = args.flags.get('out');
  if (out === true) throw new UsageError('--out kræver et filnavn.');
  const formatFlag = args.flags.get('format') ?? (out?.endsWith('.json') ? 'json' : out?.endsWith('.csv') ? 'csv' : 'html');
  if (!FORMATS.includes(formatFlag as ReportFormat)) throw new UsageError(`Ukendt format "${String(formatFlag)}". Brug html, json eller csv.`);
  const format = formatFlag as ReportFormat;
  const threadsFlag = args.flags.get('threads');
  const threads = threadsFlag === undefined ? availableParallelism() : Number(threadsFlag);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError('--threads skal være et helt tal større end 0.');
  const folder = resolve(dir);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    io.error(`brevtjek: ${dir} er ikke en mappe.`);
    return 2;
  }

  const bar = progressBar();
  const workerScript = bundledWorkerScript();
  const { records, workers } = await collectRecords(folder, {
    session,
    threads,
    ...(workerScript ? { workerScript } : {}),
    onProgress: (phase, done, total) => bar.update(phase === 'læser' ? 'Læser' : 'Tjekker', done, total),
  });
  bar.finish();
  for (const record of records) if ('error' in record) io.error(`brevtjek: ${record.error}`);
  const counted = summarise(records);
  // Spelling suggestions are expensive, so they are computed for the few words in the table only.
  const speller = counted.spellingErrors.some((w) => w.alternatives.length === 0) ? session().getSpeller() : undefined;
  const summary = speller
    ? { ...counted, spellingErrors: counted.spellingErrors.map((w) => (w.alternatives.length ? w : { ...w, alternatives: spellingSuggestions(w.word, speller).slice(0, 4) })) }
    : counted;

  let output: string;
  if (format === 'json') {
    output = `${JSON.stringify({ version: 1, folder: dir, summary, letters: records }, null, 2)}\n`;
  } else if (format === 'csv') {
    output = csvReport(records);
  } else {
    const outDir = out ? dirname(resolve(out)) : process.cwd();
    const topicTitles = new Map([...session().kb.topics.values()].map((t) => [t.id as TopicId, t.title]));
    output = htmlReport(summary, records, {
      title: `Brevtjek-rapport: ${basename(folder)}`,
      folder: dir,
      generated: new Date(),
      topicTitles,
      fileLink: (file) => relative(outDir, resolve(folder, file)).split(sep).map(encodeURIComponent).join('/'),
    });
  }
  if (out) {
    await writeFile(out, output);
    const threads = workers ? ` (tjekket med ${workers} tråde)` : '';
    io.error(`Rapporten er skrevet til ${out}: ${summary.readable} breve, ${summary.decisions} afgørelser, ${summary.findings} fund${summary.unreadable.length ? `, ${summary.unreadable.length} filer kunne ikke læses` : ''}${threads}.`);
  } else {
    io.out(output);
  }
  return summary.unreadable.length ? 2 : 0;
};
