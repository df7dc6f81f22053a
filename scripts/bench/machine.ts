// The machine a benchmark ran on, recorded next to the figures so they can be compared honestly.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, getPriority, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** The commit the figures belong to, with "+ændringer" when tracked files differ from it (null outside git). */
  readonly commit: string | null;
  /** 1-minute load average when the run started; far above the core count means the figures are inflated. */
  readonly loadAverage: number;
  /** The benchmark's nice value (negative: run ahead of other work on a shared machine). */
  readonly nice: number;
  /** The same when the run ended (filled in by the benchmark). */
  readonly loadAverageAtEnd?: number;
}

function gitCommit(): string | null {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
  // Read-only check for uncommitted changes to tracked files (`git status` may rewrite the index; diff does not).
  try {
    execFileSync('git', ['diff', '--quiet', 'HEAD', '--'], { stdio: 'ignore' });
    return commit;
  } catch {
    return `${commit}+ændringer`;
  }
}

export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'ukendt',
    cores: availableParallelism(),
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    commit: gitCommit(),
    loadAverage: currentLoad(),
    nice: getPriority(),
  };
}
