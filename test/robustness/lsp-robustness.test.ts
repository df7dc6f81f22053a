// The language server under abuse, over real stdio like an editor: malformed JSON-RPC, unknown methods, requests for
// unopened documents, out-of-range positions, open/change/close storms, 10,000 edits (RSS measured), no network,
// and a client that disappears. After each, the server still answers and publishes correct diagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node.js';
import { startServer, type Harness } from '../lsp-harness.js';
import { lintText } from '../helpers/session.js';
import { ROOT } from './fuzz-helpers.js';

const LETTER = readFileSync(join(ROOT, 'corpus', 'letters', 'aktindsigt-afslag-01.md'), 'utf8');
let counter = 0;
const freshUri = () => `file:///robust/brev-${process.pid}-${++counter}.md`;

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** The server still works: a fresh document gets the diagnostics the engine gives. */
async function assertAlive(server: Harness): Promise<void> {
  const uri = freshUri();
  const wait = server.nextDiagnostics(uri, undefined, 30_000);
  server.open(uri, LETTER);
  const published = await wait;
  const expected = lintText(LETTER, 'markdown', undefined, true).messages.map((m) => m.ruleId).sort();
  expect(published.diagnostics.map((d: Diagnostic) => String(d.code)).sort()).toEqual(expected);
  server.close(uri);
}

describe('language server robustness', () => {
  let server: Harness;
  beforeAll(async () => {
    server = await startServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers unknown methods with MethodNotFound and keeps serving', async () => {
    await expect(server.connection.sendRequest('brevtjek/findesIkke', { x: 1 })).rejects.toMatchObject({ code: -32601 });
    server.connection.sendNotification('brevtjek/ukendtNotifikation', { y: 2 });
    await assertAlive(server);
  }, 60_000);

  it('answers requests for unopened documents and out-of-range positions without failing', async () => {
    const nowhere = 'file:///findes/ikke.md';
    await expect(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: nowhere }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: nowhere }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
    expect(actions ?? []).toEqual([]);
    const uri = freshUri();
    const wait = server.nextDiagnostics(uri, undefined, 30_000);
    server.open(uri, LETTER);
    await wait;
    for (const position of [{ line: 99_999, character: 0 }, { line: 0, character: 99_999 }, { line: -1, character: -5 }, { line: 2 ** 31, character: 2 ** 31 }]) {
      await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }).catch((error: { code?: number }) => expect(error.code).toBeTypeOf('number'));
      await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }).catch((error: { code?: number }) => expect(error.code).toBeTypeOf('number'));
    }
    // An incremental change whose range lies beyond the end of the document.
    const after = server.nextDiagnostics(uri, undefined, 30_000);
    server.change(uri, 2, [{ range: { start: { line: 5000, character: 10 }, end: { line: 6000, character: 0 } }, text: '\nTilføjet til sidst.' }]);
    await after;
    server.close(uri);
    await assertAlive(server);
  }, 90_000);

  it('survives malformed params and hostile document text', async () => {
    await server.connection.sendRequest(HoverRequest.type, { textDocument: null, position: 'x' } as never).catch(() => undefined);
    await server.connection.sendRequest(CodeActionRequest.type, {} as never).catch(() => undefined);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42 } });
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///ikke/aaben.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///ikke/aaben.md' } });
    const uri = freshUri();
    const hostile = '\ud800\u0000\u202e😀\r\r\n\u200b'.repeat(2000) + 'x'.repeat(50_000);
    const wait = server.nextDiagnostics(uri, undefined, 30_000);
    server.open(uri, hostile);
    await wait;
    server.close(uri);
    const tooLong = freshUri();
    server.open(tooLong, 'Kære Anna. '.repeat(30_000));
    await new Promise((r) => setTimeout(r, 500));
    server.close(tooLong);
    await assertAlive(server);
  }, 90_000);

  it('an open/change/close storm of 3,000 changes ends with correct diagnostics for the last version', async () => {
    const uris = Array.from({ length: 20 }, freshUri);
    for (const uri of uris) server.open(uri, LETTER);
    let version = 1;
    for (let i = 0; i < 3000; i++) {
      const uri = uris[i % uris.length]!;
      server.change(uri, ++version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? 'x' : '' }]);
      if (i % 500 === 499) server.close(uris[(i / 500) | 0]!);
    }
    const last = uris[uris.length - 1]!;
    const finalText = 'Kære Anna\n\nDu får afslag efter SEL § 41. Ring til os på 12345678.\n';
    const wait = server.nextDiagnostics(last, (p) => p.version === version + 1, 60_000);
    server.change(last, version + 1, [{ text: finalText }]);
    const published = await wait;
    const expected = lintText(finalText, 'markdown', undefined, true).messages.map((m) => m.ruleId).sort();
    expect(published.diagnostics.map((d: Diagnostic) => String(d.code)).sort()).toEqual(expected);
    for (const uri of uris) server.close(uri);
    await assertAlive(server);
  }, 120_000);

  it('memory stays bounded over 10,000 edits of one letter (RSS measured)', async () => {
    const uri = freshUri();
    const first = server.nextDiagnostics(uri, undefined, 30_000);
    server.open(uri, LETTER);
    await first;
    const pid = server.process.pid!;
    const before = rssKb(pid);
    let version = 1;
    for (let i = 0; i < 10_000; i++) {
      // Type and delete a character at the end of line 3, like a writer does.
      const at = { line: 2, character: 0 };
      server.change(uri, ++version, i % 2 === 0
        ? [{ range: { start: at, end: at }, text: 'a' }]
        : [{ range: { start: at, end: { line: 2, character: 1 } }, text: '' }]);
      if (i % 1000 === 999) await new Promise((r) => setTimeout(r, 50));
    }
    const done = server.nextDiagnostics(uri, (p) => p.version === version, 60_000);
    await done;
    const after = rssKb(pid);
    server.close(uri);
    // Growth beyond a few dozen MB over 10,000 edits would be a leak (one letter is ~5 kB).
    console.info(`LSP RSS over 10,000 edits: ${before} kB → ${after} kB`);
    expect(after - before, `RSS ${before} kB → ${after} kB`).toBeLessThan(150 * 1024);
  }, 180_000);
});

describe('language server time budget', () => {
  it('stops a document over its time budget with a notice, and still lints the next document afterwards', async () => {
    // The budget must be well below the heavy letter's lint time (≈ 0.3 s on an idle 2-core machine) and above a small
    // letter's; the retry loop below covers a slow first lint of the small one.
    const server = await startServer({ settings: { timeBudgetMs: 100 } });
    try {
      // Warm the worker first, so the budget measures linting, not start-up.
      await assertAlive(server);
      const heavy = freshUri();
      let text = '';
      while (text.length < 95_000) text += LETTER + '\n\n';
      const stopped = server.nextDiagnostics(heavy, (p) => p.diagnostics.some((d) => d.code === 'tidsgraense'), 30_000);
      server.open(heavy, text.slice(0, 95_000));
      await stopped;
      server.close(heavy);
      // The worker was terminated; the replacement must not spend the next document's budget on starting up.
      const small = freshUri();
      const smallText = 'Kære Anna\n\nDu får afslag efter SEL § 41.\n';
      const linted = server.nextDiagnostics(small, (p) => !p.diagnostics.some((d) => d.code === 'tidsgraense'), 30_000);
      server.open(small, smallText);
      let version = 1;
      const retry = setInterval(() => server.change(small, ++version, [{ text: smallText }]), 2_000);
      try {
        const published = await linted;
        expect(published.diagnostics.map((d: Diagnostic) => String(d.code)).sort()).toEqual(lintText(smallText, 'markdown', undefined, true).messages.map((m) => m.ruleId).sort());
      } finally {
        clearInterval(retry);
      }
    } finally {
      await server.stop();
    }
  }, 90_000);
});

describe('language server process hygiene', () => {
  it('makes no network connection while linting', async () => {
    const preload = resolve(import.meta.dirname, 'fixtures', 'no-network.cjs');
    const child = spawn(process.execPath, ['--require', preload, join(ROOT, 'bin', 'brevtjek.js'), 'lsp', '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const send = (message: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    let stdout = '';
    const published = new Promise<void>((resolvePublished) => child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('textDocument/publishDiagnostics')) resolvePublished();
    }));
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: 'initialized', params: {} });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///net/brev.md', languageId: 'markdown', version: 1, text: LETTER } } });
    await published;
    child.kill();
    expect(stderr).not.toContain('BREVTJEK-NETWORK-ATTEMPT');
  }, 60_000);

  it('keeps serving after a malformed JSON-RPC message, or exits cleanly; never hangs', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'brevtjek.js'), 'lsp', '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const raw = (text: string) => child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    raw(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    raw('{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {');
    raw('[1, 2, 3]');
    raw(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'shutdown' }));
    const answered = await Promise.race([
      new Promise<boolean>((r) => { const t = setInterval(() => { if (stdout.includes('"id":3')) { clearInterval(t); r(true); } }, 50); }),
      exited.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
    ]);
    child.kill();
    await exited;
    // Either it answered the later request (kept serving) or it ended; it must not hang with a live process.
    console.info(`LSP after malformed JSON-RPC: ${answered ? "kept serving" : "ended"}`);
    expect(answered || child.exitCode !== null || child.signalCode !== null).toBe(true);
    expect(stdout).toContain('"id":1');
  }, 60_000);

  it('exits when the client disappears (stdin closed), leaving no orphan process', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'brevtjek.js'), 'lsp', '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await new Promise((r) => setTimeout(r, 1500));
    child.stdin.end();
    child.stdout.destroy();
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 15_000))]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code).not.toBe('still running');
  }, 60_000);
});
