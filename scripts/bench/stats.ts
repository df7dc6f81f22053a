// Timing helpers: run a function repeatedly after a warm-up and summarise the samples.
import { performance } from 'node:perf_hooks';

export interface Distribution {
  readonly runs: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** Nearest-rank percentile of ascending samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sum / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

export interface RunCounts {
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Wall time and process CPU time (user + system) per call. On a busy machine wall time grows with the wait for a
 * core while CPU time stays close to the work done, so both are kept.
 */
export function timeRunsWithCpu(fn: () => unknown, counts: RunCounts): { readonly wall: Distribution; readonly cpu: Distribution } {
  for (let i = 0; i < counts.warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < counts.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: distribution(wall), cpu: distribution(cpu) };
}
