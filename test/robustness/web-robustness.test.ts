// The local review server under abuse, as a real `brevtjek serve` process with every network call forbidden:
// hostile uploads, fuzzed bodies, oversize and aborted requests. It answers 4xx with a Danish message (never 500),
// keeps serving, never logs letter text or file names, and its page loads nothing from other hosts.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyText, FUZZ_SEED, fuzzRuns, ROOT } from './fuzz-helpers.js';
import { buildZip, docxWith, LETTER_PARAGRAPHS, windows1252 } from './hostile-inputs.js';

const MB = 1024 * 1024;
/** A name that must never appear in the server's output, whatever happens to the request that carried it. */
const MARKER = 'Quistgaard-Zelmerlöw';

let child: ChildProcessWithoutNullStreams;
let url = '';
let output = '';

async function postJson(body: unknown): Promise<{ status: number; json: { error?: { message: string } } }> {
  const response = await fetch(`${url}/api/lint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { error?: { message: string } } };
}

async function upload(name: string, bytes: Uint8Array): Promise<{ status: number; json: { error?: { message: string } } }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${url}/api/lint`, { method: 'POST', body: form });
  return { status: response.status, json: (await response.json()) as { error?: { message: string } } };
}

async function assertAlive(): Promise<void> {
  const { status } = await postJson({ text: 'Kære Anna\n\nDu får ret.\n\nMed venlig hilsen\nKaren Holm', format: 'markdown' });
  expect(status).toBe(200);
}

describe('web server robustness (real `brevtjek serve` process, network forbidden)', () => {
  beforeAll(async () => {
    const preload = resolve(import.meta.dirname, 'fixtures', 'no-network.cjs');
    child = spawn(process.execPath, ['--require', preload, join(ROOT, 'bin', 'brevtjek.js'), 'serve', '--port', '0'], { cwd: ROOT, stdio: 'pipe' });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const match = /(http:\/\/[^\s/]+)\//.exec(output);
        if (match) done(match[1]!);
      });
      child.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${output}`)));
    });
  }, 60_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('listens on loopback only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers hostile uploads with a Danish 4xx, never a 500, and keeps serving', async () => {
    const hostile: [string, Uint8Array][] = [
      [`${MARKER}-bombe.docx`, docxWith(LETTER_PARAGRAPHS, [{ name: 'word/media/x.png', data: Buffer.alloc(120 * MB) }])],
      [`${MARKER}-loegn.docx`, buildZip([{ name: 'word/document.xml', data: Buffer.alloc(30 * MB, 0x20), declaredSize: 100 }])],
      [`${MARKER}.docx`, Buffer.from(`Kære ${MARKER}, ikke en zip`)],
      [`${MARKER}.md`, Buffer.from([0, 1, 2, 3, 0])],
      [`${MARKER}-tom.md`, Buffer.alloc(0)],
    ];
    for (const [name, bytes] of hostile) {
      const { status, json } = await upload(name, bytes);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(status, name).toBeLessThan(500);
      expect(json.error?.message.length, name).toBeGreaterThan(10);
    }
    const latin = await upload('latin1.txt', windows1252(`Kære ${MARKER}\n\nDu får afslag på hjælp efter § 112.\n`));
    expect(latin.status).toBe(200);
    await assertAlive();
  }, 120_000);

  it('refuses an oversize body streamed without Content-Length, and an aborted upload, and keeps serving', async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = request(`${url}/api/lint`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? done(413) : fail(error)));
      const chunk = Buffer.alloc(MB, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 40) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.write(`{"text":"${MARKER} `);
      pump();
    });
    expect(status).toBe(413);
    await new Promise<void>((done) => {
      const req = request(`${url}/api/lint`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100_000 } });
      req.on('error', () => done());
      req.write(`{"text":"${MARKER}`);
      setTimeout(() => { req.destroy(); done(); }, 200);
    });
    const tooLong = await postJson({ text: `${MARKER} `.repeat(20_000) });
    expect(tooLong.status).toBe(413);
    expect(tooLong.json.error?.message).toMatch(/for lang/);
    await assertAlive();
  }, 60_000);

  it('answers fuzzed request bodies with 200 or a 4xx, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText.map((text) => JSON.stringify({ text, format: 'markdown' })), anyText, anyText.map((t) => `{"text": ${JSON.stringify(t)}, "format": ${JSON.stringify(t)}}`)), async (body) => {
        const response = await fetch(`${url}/api/lint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await response.arrayBuffer();
        expect(response.status).not.toBeGreaterThanOrEqual(500);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(80), interruptAfterTimeLimit: 20_000 },
    );
    await assertAlive();
  }, 60_000);

  it('never writes letter text or file names to its log, whatever the request', async () => {
    await postJson({ text: `Kære ${MARKER}\n\nDin ansøgning er afvist.` });
    await postJson(`{"text": "Kære ${MARKER}`);
    await postJson({ text: `Kære ${MARKER}`, format: MARKER });
    await fetch(`${url}/api/lint?navn=${encodeURIComponent(MARKER)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    // (The path itself is logged by design; query strings and bodies are not.)
    await new Promise((r) => setTimeout(r, 300)); // log lines are written when a response finishes
    expect(output).toContain('POST /api/lint 400');
    expect(output).not.toContain(MARKER);
    expect(output).not.toContain('Zelmer');
  }, 30_000);

  it('made no network connection while serving and linting', () => {
    expect(output).not.toContain('BREVTJEK-NETWORK-ATTEMPT');
  });

  it('sends a strict CSP with the page, and the built page references no other host', async () => {
    const page = await fetch(`${url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    const webRoot = join(ROOT, 'dist', 'web');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|js|css)$/.test(name)) files.push(path);
      }
    };
    walk(webRoot);
    expect(files.length).toBeGreaterThan(0);
    const external: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Loads: src/href attributes, CSS url() and @import, fetch/import of an absolute URL. (Namespace URIs such as
      // http://www.w3.org/2000/svg are identifiers, not requests, and are not matched by these forms.)
      const loads = /(?:\b(?:src|href|action)\s*=\s*["']?|url\(\s*["']?|@import\s+["']|\bfetch\(\s*["'`]|\bimport\(\s*["'`])(?:https?:)?\/\/[^"'`)\s]+/gi;
      for (const m of text.matchAll(loads)) external.push(`${file.slice(ROOT.length + 1)}: ${m[0]}`);
    }
    expect(external).toEqual([]);
  }, 30_000);
});
