// Cold start of the real built CLI: `node bin/brevtjek.js lint LETTER`, process start to exit, run N times.
// Peak RSS and CPU time come from separate runs with a preload that records process.resourceUsage() at exit, so
// the timed runs carry no extra code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { distribution, type Distribution } from './stats.js';

export interface ColdCliFigures {
  readonly wall: Distribution;
  /** Highest peak resident set size over the RSS runs, in MiB. */
  readonly peakRssMiB: number;
  /** CPU time (user + system) of the CLI process in the RSS runs, milliseconds: less sensitive to a busy machine. */
  readonly cpu: Distribution;
}

export interface ColdCliOptions {
  readonly binPath: string;
  readonly letterPath: string;
  readonly runs: number;
  readonly spelling: boolean;
  readonly rssRuns?: number;
  /** Unmeasured runs first, so every measured run finds the files in the OS cache (default 1). */
  readonly warmupRuns?: number;
}

const RSS_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BREVTJEK_BENCH_RSS_FILE, JSON.stringify({ maxRSS: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});`;

function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  // Output is discarded: it contains quotes from the letter, which a benchmark must never log.
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const elapsed = performance.now() - start;
  // Exit code 1 only means the letter has a finding of severity "error".
  if (result.status !== 0 && result.status !== 1) throw new Error(`brevtjek lint exited with ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  return elapsed;
}

export function benchColdCli(options: ColdCliOptions): ColdCliFigures {
  const work = mkdtempSync(join(tmpdir(), 'brevtjek-bench-'));
  try {
    const args = [options.binPath, 'lint'];
    if (!options.spelling) {
      const config = join(work, 'brevtjek.json');
      writeFileSync(config, JSON.stringify({ rules: { stavning: 'off' } }));
      args.push('--config', config);
    }
    args.push(options.letterPath);
    for (let i = 0; i < (options.warmupRuns ?? 1); i++) runCli(args);
    const samples: number[] = [];
    for (let i = 0; i < options.runs; i++) samples.push(runCli(args));
    const rssFile = join(work, 'maxrss');
    let peakKiB = 0;
    const cpu: number[] = [];
    for (let i = 0; i < (options.rssRuns ?? 3); i++) {
      runCli(['--import', `data:text/javascript,${encodeURIComponent(RSS_PRELOAD)}`, ...args], { ...process.env, BREVTJEK_BENCH_RSS_FILE: rssFile });
      const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpuMicros: number };
      peakKiB = Math.max(peakKiB, usage.maxRSS);
      cpu.push(usage.cpuMicros / 1000);
    }
    return { wall: distribution(samples), peakRssMiB: peakKiB / 1024, cpu: distribution(cpu) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
