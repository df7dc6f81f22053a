#!/usr/bin/env node
// Runs the bundled CLI. `npm ci` builds it (the "prepare" script); `npm run build` rebuilds it.
import { existsSync } from 'node:fs';
const target = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(target)) {
  process.stderr.write('brevtjek: dist/cli.js mangler. Kør "npm run build" i brevtjek-mappen først.\n');
  process.exit(2);
}
await import(target.href);
