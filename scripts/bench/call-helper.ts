// Runs another engineer's benchmark helper (a TypeScript module exporting one async function) in its own process
// under tsx and prints its result as one marked JSON line. The bundled benchmark cannot import a module that may
// not exist yet, and a separate process keeps the helper's memory and timing apart from ours.
// Usage: tsx scripts/bench/call-helper.ts MODULE_PATH [EXPORT_NAME]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESULT_MARKER } from './helper-result.js';

const [modulePath, exportName] = process.argv.slice(2);
if (!modulePath) {
  process.stderr.write('usage: call-helper MODULE_PATH [EXPORT_NAME]\n');
  process.exit(2);
}
const module = (await import(pathToFileURL(resolve(modulePath)).href)) as Record<string, unknown>;
const functions = Object.entries(module).filter(([, value]) => typeof value === 'function');
const chosen = exportName ? module[exportName] : (module.default ?? (functions.length === 1 ? functions[0]![1] : undefined));
if (typeof chosen !== 'function') {
  process.stderr.write(`${modulePath}: no single exported function (exports: ${Object.keys(module).join(', ') || 'none'})\n`);
  process.exit(2);
}
const result: unknown = await (chosen as () => unknown)();
process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(result)}\n`);
process.exit(0);
