// Build the CLI (and the other entry points) with esbuild. npm packages stay external for the CLI, so the
// dictionary and mammoth load from node_modules; the VS Code extension bundles everything (client/ build).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = {
  cli: 'server/src/cli/bin.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
  'report-worker': 'server/src/report/worker.ts',
};

await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path))),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __brevtjekRequire } from 'node:module'; const require = __brevtjekRequire(import.meta.url);" },
});

// The review page (client/web) with Vite → dist/web, served by `brevtjek serve`.
const { buildWebPage } = await import('../client/web/build-page.mjs');
await buildWebPage('dist/web');
