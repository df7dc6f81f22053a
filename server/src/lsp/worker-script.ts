// Which script a lint worker thread runs: the worker's own bundle when the build made one next to the running
// bundle (it loads faster: no protocol or CLI packages), otherwise the running bundle itself, which then serves as
// the worker through its `lsp-worker` role (see lsp-command.ts and standalone.ts).
import { bundledEntry } from '../io/bundle-entry.js';
import { fileURLToPath } from 'node:url';

export const WORKER_BUNDLE_NAMES = ['lsp-worker.js', 'worker.mjs'] as const;

export function workerScriptFor(bundleUrl: string): string {
  for (const name of WORKER_BUNDLE_NAMES) {
    const candidate = bundledEntry(bundleUrl, name);
    if (candidate) return candidate;
  }
  return bundledEntry(bundleUrl, 'cli.js') ?? fileURLToPath(bundleUrl);
}
