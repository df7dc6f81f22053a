// Build the review page with Vite into a folder (dist/web from scripts/build.js; a temporary folder in tests).
// Relative asset URLs ('./'), no inline scripts or data: fonts, so the page runs under the server's strict CSP.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

export async function buildWebPage(outDir) {
  const { build } = await import('vite');
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      target: 'es2022',
      sourcemap: false,
    },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWebPage(process.argv[2] ?? resolve(root, '../../dist/web'));
}
