// Bridge to the spelling engineer's throughput helper (scripts/spelling/throughput.ts), run in its own process by
// call-helper.ts: that module runs its own command line when it is the process's main script, so it must not be
// bundled into dist/bench.js. Words: the seed reports repeated to `BREVTJEK_BENCH_SPELLING_WORDS` (default 1,000,000).
import { join, resolve } from 'node:path';
import { seedWords, spellingThroughput, type ThroughputFigures } from '../spelling/throughput.js';

export function spellingHelperFigures(): ThroughputFigures {
  const count = Number(process.env.BREVTJEK_BENCH_SPELLING_WORDS ?? 1_000_000);
  const seeds = process.env.BREVTJEK_BENCH_SEEDS ?? join(resolve(process.cwd()), '..', 'shared', 'seeds');
  return spellingThroughput(seedWords(seeds, count));
}
