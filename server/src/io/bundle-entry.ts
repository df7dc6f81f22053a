// Where the build's entry points (dist/cli.js, dist/report-worker.js, dist/lsp-worker.js) are, seen from the
// running module: the build splits code into dist/chunks/, so a module may run one folder below the entries.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a sibling entry bundle, or undefined when not running from a build (tests run the sources). */
export function bundledEntry(moduleUrl: string, name: string): string | undefined {
  if (!moduleUrl.startsWith('file:')) return undefined;
  const here = dirname(fileURLToPath(moduleUrl));
  const dir = basename(here) === 'chunks' ? dirname(here) : here;
  const path = join(dir, name);
  return existsSync(path) ? path : undefined;
}
