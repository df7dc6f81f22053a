// Run an optional benchmark helper through call-helper.ts and read back its JSON result.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const RESULT_MARKER = 'BREVTJEK_BENCH_RESULT ';

export type HelperOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** `modulePath` relative to the repository root; a missing module is "not available", not an error. */
export function runHelper(root: string, modulePath: string, timeoutMs: number, exportName?: string, env: Readonly<Record<string, string>> = {}): HelperOutcome {
  if (!existsSync(join(root, modulePath))) return { ok: false, reason: `${modulePath} findes ikke` };
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const args = [join(root, 'scripts', 'bench', 'call-helper.ts'), modulePath, ...(exportName ? [exportName] : [])];
  const result = spawnSync(tsx, args, { cwd: root, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const line = result.stdout?.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (result.status !== 0 || !line) {
    const why = result.error?.message ?? result.stderr?.trim().split('\n').slice(-3).join(' ') ?? '';
    return { ok: false, reason: `${modulePath} fejlede (kode ${result.status ?? 'ingen'}): ${why.slice(0, 300)}` };
  }
  try {
    return { ok: true, value: JSON.parse(line.slice(RESULT_MARKER.length)) };
  } catch (error) {
    return { ok: false, reason: `${modulePath}: ugyldig JSON (${(error as Error).message})` };
  }
}
