// The review server's API and safety: real HTTP over loopback, the real engine and knowledge base.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResponse } from '../server/src/http/review.js';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../server/src/http/server.js';
import { findWebRoot } from '../server/src/http/static-files.js';
import { findCorpusDir, TrainingData } from '../server/src/http/training.js';
import { LintSession } from '../server/src/io/session.js';
import { docxFromText } from './e2e/docx.js';
import { main } from '../server/src/cli/main.js';
import { ROOT } from './helpers/cli.js';

const LETTER = 'corpus/letters/training-social-hjaelpemiddel-svag.md';
const LIMIT = 64 * 1024;

let server: RunningServer;
const logLines: string[] = [];
let session: LintSession | undefined;
const getSession = () => (session ??= new LintSession());

beforeAll(async () => {
  const webRoot = findWebRoot(join(ROOT, 'dist'));
  server = await startServer({ session: getSession, ...(webRoot ? { webRoot } : {}), training: new TrainingData(findCorpusDir(), getSession), port: 0, maxBodyBytes: LIMIT, log: (l) => logLines.push(l) });
});
afterAll(() => server?.close());

/** A raw request: the path is sent exactly as given (fetch would normalise "..") */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const postJson = (body: unknown) => fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function upload(name: string, bytes: Uint8Array | string, field = 'file'): Promise<Response> {
  const form = new FormData();
  form.append(field, new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  return fetch(`${server.url}/api/lint`, { method: 'POST', body: form });
}

async function errorOf(response: Response): Promise<{ status: number; message: string }> {
  const body = (await response.json()) as { error: { message: string } };
  return { status: response.status, message: body.error.message };
}

describe('POST /api/lint', () => {
  it('returns exactly the JSON of `brevtjek lint --format json`, plus the review field', async () => {
    const text = readFileSync(join(ROOT, LETTER), 'utf8');
    const body = (await (await postJson({ text, format: 'markdown' })).json()) as LintResponse;
    // The CLI's own code path, in this process (the same engine source as the server under test).
    let stdout = '';
    const code = await main(['lint', '--format', 'json', LETTER], { out: (t) => { stdout += t; }, error: () => {}, colour: false });
    expect(code).toBeLessThan(2);
    const cli = JSON.parse(stdout) as { version: number; files: { file: string }[] };
    expect(body.version).toBe(cli.version);
    expect({ ...body.files[0], file: LETTER }).toEqual(cli.files[0]);
    expect(Object.keys(body).sort()).toEqual(['files', 'review', 'version']);
    expect(body.review.text).toBe(text);
    expect(body.review.extras).toHaveLength(body.files[0]!.diagnostics.length);
    expect(body.review.checklist.kind).toBe(body.files[0]!.kind);
  });

  it('lints an uploaded .docx, .txt and .md file', async () => {
    const text = readFileSync(join(ROOT, LETTER), 'utf8');
    for (const [name, bytes] of [['brev.docx', await docxFromText(text)], ['brev.txt', text], ['brev.md', text]] as const) {
      const response = await upload(name, bytes);
      expect(response.status, name).toBe(200);
      const body = (await response.json()) as LintResponse;
      expect(body.review.text).toContain('Du har søgt om en badebænk');
      expect(body.files[0]!.diagnostics.some((d) => d.ruleId === 'persondata/cpr'), name).toBe(true);
    }
  });

  it('refuses a body over the size limit with a clear Danish message (JSON and upload)', async () => {
    const big = 'Kære borger. '.repeat(LIMIT / 10);
    const json = await errorOf(await postJson({ text: big, format: 'text' }));
    expect(json.status).toBe(413);
    expect(json.message).toMatch(/Brevet er for stort\. Grænsen er 64 kB/);
    const file = await errorOf(await upload('stort.txt', big));
    expect(file.status).toBe(413);
    expect(file.message).toContain('for stort');
    // Without Content-Length (chunked), the limit still holds while reading.
    const chunked = await raw('/api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: JSON.stringify({ text: big }) });
    expect(chunked.status).toBe(413);
    // Within the byte limit but over the engine's length limit: refused with the engine's Danish message.
    const longServer = await startServer({ session: getSession, port: 0, maxBodyBytes: 2 * 1024 * 1024 });
    try {
      const long = await fetch(`${longServer.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Kære borger. '.repeat(20_000) }) });
      expect(await errorOf(long)).toMatchObject({ status: 413, message: expect.stringContaining('Brevet er for langt') });
    } finally {
      await longServer.close();
    }
    // The server keeps serving afterwards.
    expect((await postJson({ text: 'Kære Jens. Tak for dit brev.' })).status).toBe(200);
  });

  it('answers bad uploads and bad requests with clear Danish errors', async () => {
    expect(await errorOf(await upload('brev.docx', 'ikke en zip'))).toEqual({ status: 400, message: 'brev.docx er ikke en gyldig .docx-fil (ikke en zip-fil).' });
    expect(await errorOf(await upload('brev.pdf', '%PDF-1.4'))).toMatchObject({ status: 415, message: expect.stringContaining('Filtypen ".pdf" understøttes ikke') });
    expect(await errorOf(await upload('brev.txt', new Uint8Array([0x48, 0, 0xff, 0x00])))).toMatchObject({ status: 400, message: expect.stringContaining('binær fil') });
    expect(await errorOf(await upload('brev.txt', new Uint8Array([0x4b, 0xe6, 0x72, 0x65])))).toMatchObject({ status: 400, message: expect.stringContaining('ikke gyldig UTF-8') });
    expect(await errorOf(await upload('brev.txt', 'tekst', 'andet'))).toMatchObject({ status: 400, message: expect.stringContaining('feltet "file"') });
    expect(await errorOf(await fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' }))).toMatchObject({ status: 400, message: 'Forespørgslen er ikke gyldig JSON.' });
    expect(await errorOf(await postJson({ text: 'x', format: 'pdf' }))).toMatchObject({ status: 400 });
    expect(await errorOf(await postJson({ text: '   ' }))).toMatchObject({ status: 400, message: expect.stringContaining('Brevet er tomt') });
    expect(await errorOf(await fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hej' }))).toMatchObject({ status: 415 });
    expect(await errorOf(await fetch(`${server.url}/api/lint`))).toMatchObject({ status: 405 });
  });

  it('refuses requests from other web sites and other host names', async () => {
    const cross = await raw('/api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' }, body: '{"text":"hej"}' });
    expect(cross.status).toBe(403);
    const rebinding = await raw('/', { headers: { Host: `evil.example:${server.port}` } });
    expect(rebinding.status).toBe(421);
  });
});

describe('knowledge base and training endpoints', () => {
  it('lists the 14 topics with legal basis and examples, and one topic on its own', async () => {
    const topics = (await (await fetch(`${server.url}/api/topics`)).json()) as { id: string; legalBasis: string[]; badExample: string; goodExample: string; body?: string }[];
    expect(topics).toHaveLength(14);
    for (const t of topics) {
      expect(t.badExample.length, t.id).toBeGreaterThan(0);
      expect(t.goodExample.length, t.id).toBeGreaterThan(0);
      expect(t.body).toBeUndefined();
    }
    const one = (await (await fetch(`${server.url}/api/topics/klagevejledning`)).json()) as { id: string; rules: { id: string }[] };
    expect(one.rules.map((r) => r.id)).toContain('klagevejledning/frist');
    expect(await errorOf(await fetch(`${server.url}/api/topics/findes-ikke`))).toMatchObject({ status: 404 });
  });

  it('serves the training pairs from corpus/training/pairs.yaml with both letters linted', async () => {
    const list = (await (await fetch(`${server.url}/api/training`)).json()) as { id: string; title: string }[];
    expect(list.length).toBeGreaterThanOrEqual(6);
    const example = (await (await fetch(`${server.url}/api/training/${list[0]!.id}`)).json()) as { notes: string[]; questions: string[]; weak: LintResponse; good: LintResponse };
    expect(example.notes.length).toBeGreaterThan(0);
    expect(example.weak.files[0]!.diagnostics.length).toBeGreaterThan(example.good.files[0]!.diagnostics.length);
    expect(await errorOf(await fetch(`${server.url}/api/training/findes-ikke`))).toMatchObject({ status: 404 });
  });
});

describe('safety', () => {
  it('sends a strict Content-Security-Policy and other protective headers on every response', async () => {
    for (const path of ['/', '/api/topics', '/api/findes-ikke']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('answers unknown routes with 404 JSON', async () => {
    for (const path of ['/api/findes-ikke', '/api/lint/ekstra', '/findes-ikke.html', '/assets/findes-ikke.js']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(((await response.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects path traversal in every spelling', async () => {
    const attempts = ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/assets/%2e%2e/%2e%2e/rules/topics/begrundelse.md', '/%00index.html', '/./index.html', '/%E0%A4%A'];
    for (const path of attempts) {
      const response = await raw(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain('"dependencies"');
      expect(response.body, path).not.toContain('legalBasis');
    }
  });

  it('binds to 127.0.0.1 by default', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('logs method, path and status only, never letter text or file names', async () => {
    await postJson({ text: 'Kære Rasmus Kildebrønd, din ansøgning om hemmelighed er afvist.' });
    await upload('Rasmus-Kildebrønd-afslag.txt', 'Kære Rasmus Kildebrønd.');
    const log = logLines.join('\n');
    expect(log).toContain('POST /api/lint 200');
    expect(log).not.toMatch(/Rasmus|Kildebrønd|hemmelighed/);
  });

  it('`brevtjek serve --port 0` starts on 127.0.0.1 and serves the page', async () => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin', 'brevtjek.js'), 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(http:\/\/[^\s/]+)\//.exec(out);
          if (match) done(match[1]!);
        });
        child.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="da">');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
