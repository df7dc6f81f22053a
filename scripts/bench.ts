// `npm run bench`: Brevtjek's performance figures, printed as a table and saved to bench-results/latest.json.
// Figures, not pass/fail. Run by hand on an otherwise idle machine (see docs/benchmarks.md).
// Options: --quick (few runs, for trying the script; written to the temp folder unless --out is given),
// --seeds DIR (Danish text for the spelling figures; default ../shared/seeds),
// --out FILE (default bench-results/latest.json; only the default also regenerates docs/benchmarks.md).
// This file is also the batch benchmark's worker thread script (bundled to dist/bench.js).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { serveBatchLint } from '../server/src/io/batch-lint.js';
import { LintSession } from '../server/src/io/session.js';
import { loadSpeller } from '../server/src/io/speller-loader.js';
import { loadCorpus } from './eval/corpus.js';
import { benchBatch } from './bench/batch.js';
import { benchColdCli } from './bench/cold-cli.js';
import { updateBenchmarkDocs } from './bench/docs-section.js';
import { figuresTable, machineLine } from './bench/format.js';
import { runHelper, type HelperOutcome } from './bench/helper-result.js';
import { LSP_HELPER, lspFigures } from './bench/lsp-figures.js';
import { currentLoad, machineInfo } from './bench/machine.js';
import type { BenchResults } from './bench/results.js';
import { sampleLetter } from './bench/sample-letter.js';
import { benchSpellingCheck, seedDocuments, SPELLING_HELPER, spellingFigures } from './bench/spelling.js';
import { benchWarmLint } from './bench/warm-lint.js';

const WORKER_ROLE = 'brevtjek-bench-batch-worker';

/** The repository root: the nearest folder upwards from this script with bin/brevtjek.js. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'bin', 'brevtjek.js'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (bin/brevtjek.js)');
    dir = parent;
  }
  return dir;
}

function progress(step: string): void {
  process.stderr.write(`bench: ${step}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const outIndex = argv.indexOf('--out');
  const root = repoRoot();
  const latest = join(root, 'bench-results', 'latest.json');
  const out = outIndex >= 0 && argv[outIndex + 1] ? resolve(argv[outIndex + 1]!) : quick ? join(tmpdir(), 'brevtjek-bench-quick.json') : latest;
  const settings = {
    warmRuns: quick ? 20 : 200,
    warmup: quick ? 5 : 50,
    cliRuns: quick ? 3 : 10,
    batchLetters: quick ? 100 : 1000,
    spellingWords: quick ? 50_000 : 1_000_000,
  };
  const bin = join(root, 'bin', 'brevtjek.js');
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const letter = sampleLetter(root);
  const machine = machineInfo();

  progress(`kold CLI (${settings.cliRuns} kørsler med og uden stavning)`);
  const withSpelling = benchColdCli({ binPath: bin, letterPath: letter.path, runs: settings.cliRuns, spelling: true });
  const withoutSpelling = benchColdCli({ binPath: bin, letterPath: letter.path, runs: settings.cliRuns, spelling: false });

  progress('opstart i processen');
  let start = performance.now();
  const session = new LintSession({ rulesDir: join(root, 'rules') });
  const knowledgeBaseMs = performance.now() - start;
  start = performance.now();
  const speller = loadSpeller();
  const dictionaryMs = performance.now() - start;

  // Before the other in-process stages, so the speller's word cache holds nothing from them.
  const seedsIndex = argv.indexOf('--seeds');
  const seeds = seedsIndex >= 0 && argv[seedsIndex + 1] ? resolve(argv[seedsIndex + 1]!) : resolve(root, '..', 'shared', 'seeds');
  const haveSeeds = existsSync(seeds);
  progress(haveSeeds ? `stavetjek via lint() (${settings.spellingWords} ord)` : `stavning: ingen tekster i ${seeds} (--seeds MAPPE)`);
  const check = haveSeeds ? benchSpellingCheck(seedDocuments(seeds, settings.spellingWords), session.kb, speller) : null;
  progress('ordbog, vores og native hunspell (scripts/spelling/throughput.ts)');
  const helper: HelperOutcome = haveSeeds
    ? runHelper(root, SPELLING_HELPER.module, 600_000, SPELLING_HELPER.exportName, { BREVTJEK_BENCH_SPELLING_WORDS: String(settings.spellingWords), BREVTJEK_BENCH_SEEDS: seeds })
    : { ok: false, reason: `ingen tekster i ${seeds}` };
  const spelling = spellingFigures(check, helper);

  progress(`varm lint (${settings.warmRuns} kørsler efter ${settings.warmup} til opvarmning)`);
  const warmLint = benchWarmLint({ markdown: letter.markdown, text: letter.text, words: letter.words, kb: session.kb, speller }, { runs: settings.warmRuns, warmup: settings.warmup });

  progress(`batch (${settings.batchLetters} breve)`);
  const corpus = await loadCorpus(join(root, 'corpus', 'letters'));
  const batch = await benchBatch(session, corpus, { total: settings.batchLetters, threads: availableParallelism(), workerScript: new URL(import.meta.url), workerData: { role: WORKER_ROLE } });

  progress('sprogserver (scripts/bench/lsp.ts)');
  const lsp = lspFigures(runHelper(root, LSP_HELPER.module, 300_000, LSP_HELPER.exportName));

  const results: BenchResults = { schema: 1, machine: { ...machine, loadAverageAtEnd: currentLoad() }, settings, startup: { knowledgeBaseMs, dictionaryMs }, warmLint, coldCli: { withSpelling, withoutSpelling }, batch, spelling, lsp };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${machineLine(results)}\n\n${figuresTable(results)}\n\nGemt i ${out}\n`);
  if (out === latest) {
    updateBenchmarkDocs(root);
    process.stdout.write('docs/benchmarks.md opdateret\n');
  }
}

if (isMainThread) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
} else if ((workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  let session: LintSession | undefined;
  serveBatchLint(() => (session ??= new LintSession({ rulesDir: join(repoRoot(), 'rules') })));
}
