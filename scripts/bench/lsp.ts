// Language-server figures for `npm run bench` (called through call-helper.ts): the real server over stdio.
// - cold: initialize sent → first diagnostics for the ~800-word sample letter (opened right after "initialized");
// - warm: incremental didChange (typing at the end of a line mid-letter) → publishDiagnostics for a ~3,000-word letter,
//   debounce set to 0 via configuration;
// - the server process's resident memory (current and peak, worker thread included);
// - for comparison, the engine alone on the same 3,000-word letter in this process (the server's share is the rest).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { createProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node.js';
import { LintSession } from '../../server/src/io/session.js';
import { countWords, sampleLetter } from './sample-letter.js';
import { distribution } from './stats.js';

const WARM_RUNS = 100;
const WARM_UP = 10;

/** About 3,000 words: the sample letter followed by the bodies of corpus letters, in name order. */
function longLetter(root: string, start: string): string {
  const dir = join(root, 'corpus', 'letters');
  const parts = [start];
  let words = countWords(start);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    if (words >= 3000) break;
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    parts.push(body);
    words += countWords(body);
  }
  return parts.join('\n\n');
}

/** The first prose line (40+ characters, ending a sentence) in the second half of the letter. */
function typingLine(text: string): { line: number; length: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.length >= 40 && /\.$/.test(l));
  return { line, length: lines[line]!.length };
}

function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The engine alone on the same letter, in this process: what the server's round trip adds is the difference. */
function engineOnly(text: string): { p50: number; p95: number } {
  const session = new LintSession();
  const { line } = typingLine(text);
  const typedAt = text.split('\n').slice(0, line + 1).join('\n').length;
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + WARM_RUNS; i++) {
    const changed = `${text.slice(0, typedAt)}${'x '.repeat(i)}${text.slice(typedAt)}`;
    const start = performance.now();
    session.lintText(changed, 'markdown');
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  const { p50, p95 } = distribution(samples);
  return { p50, p95 };
}

export async function benchLanguageServer(root = process.cwd()): Promise<Record<string, unknown>> {
  root = resolve(root);
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first');
  const sample = sampleLetter(root);
  const long = longLetter(root, sample.markdown);
  let settings: Record<string, unknown> = { debounceMs: 0 };
  const spawned = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'brevtjek.js'), 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, { version: number; resolve: (at: number) => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const waiter = waiting.get(params.uri);
    if (waiter && params.version === waiter.version) {
      waiting.delete(params.uri);
      waiter.resolve(performance.now());
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', (params: { message: string }) => process.stderr.write(`server: ${params.message}\n`));
  connection.listen();
  const diagnosed = (uri: string, version: number) => new Promise<number>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within 60 s`)), 60_000);
    waiting.set(uri, { version, resolve: (at) => { clearTimeout(timer); resolvePromise(at); } });
  });
  try {
    const initializeAt = performance.now();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    const initializedAt = performance.now();
    await connection.sendNotification('initialized', {});
    const coldUri = 'file:///bench/brev-800.md';
    const cold = diagnosed(coldUri, 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: coldUri, languageId: 'markdown', version: 1, text: sample.markdown } });
    const coldAt = await cold;

    const warmUri = 'file:///bench/brev-3000.md';
    let version = 1;
    const opened = diagnosed(warmUri, version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: warmUri, languageId: 'markdown', version, text: long } });
    await opened;
    const samples: number[] = [];
    const typing = typingLine(long);
    for (let i = 0; i < WARM_UP + WARM_RUNS; i++) {
      version++;
      // Type at the end of a prose line in the middle of the letter, one character per change, as a writer would.
      const position = { line: typing.line, character: typing.length + i };
      const done = diagnosed(warmUri, version);
      const sentAt = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: warmUri, version },
        contentChanges: [{ range: { start: position, end: position }, text: i % 2 ? ' ' : 'x' }],
      });
      const at = await done;
      if (i >= WARM_UP) samples.push(at - sentAt);
    }
    const warm = distribution(samples);
    const memory = memoryMiB(child.pid!);
    settings = {};
    const engine = engineOnly(long);
    return {
      coldInitToFirstDiagnosticsMs: round(coldAt - initializeAt),
      spawnToFirstDiagnosticsMs: round(coldAt - spawned),
      /** Of the cold figure: until the server answered initialize (Node start and loading the bundle). */
      spawnToInitializeResultMs: round(initializedAt - spawned),
      coldLetterWords: sample.words,
      warmDidChangeP50Ms: round(warm.p50),
      warmDidChangeP95Ms: round(warm.p95),
      warmDidChangeMeanMs: round(warm.mean),
      warmDidChangeMaxMs: round(warm.max),
      warmRuns: warm.runs,
      engineOnlyLintP50Ms: round(engine.p50),
      engineOnlyLintP95Ms: round(engine.p95),
      warmLetterWords: countWords(long),
      serverRssMiB: round(memory.rss),
      serverPeakRssMiB: round(memory.peak),
      targets: { coldMs: 1000, warmP95Ms: 50, rssMiB: 250 },
    };
  } finally {
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } catch {
      child.kill();
    }
    connection.dispose();
  }
}
