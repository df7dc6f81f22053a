// The local review server: the built page and a small JSON API over one LintSession. Safe by default: loopback
// only, a body size limit, a strict Content-Security-Policy, Host and Origin checks (DNS rebinding, other sites),
// and logs that never contain letter text or file names (method, route, status, time and size only).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertLetterSize, LetterTooLargeError } from '../engine/limits.js';
import type { LintSession } from '../io/session.js';
import type { Topic } from '../knowledge/topic.js';
import { HttpError, letterFromRequest } from './body.js';
import { reviewResponse } from './review.js';
import { staticFile } from './static-files.js';
import type { TrainingData } from './training.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7373;
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export interface ServerOptions {
  readonly session: () => LintSession;
  readonly webRoot?: string;
  readonly training?: TrainingData;
  readonly host?: string;
  readonly port?: number;
  readonly maxBodyBytes?: number;
  /** One line per request, without letter text. */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function send(res: ServerResponse, status: number, body: Buffer | string, type: string, cache = 'no-store'): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length, 'Cache-Control': cache });
  res.end(bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function topicJson(topic: Topic): Omit<Topic, 'body'> {
  const { body: _body, ...rest } = topic;
  return rest;
}

function hostAllowed(req: IncomingMessage, boundHost: string, port: number): boolean {
  if (!LOOPBACK.has(boundHost)) return true;
  const host = (req.headers.host ?? '').toLowerCase();
  return [...LOOPBACK].some((name) => host === `${name}:${port}`);
}

function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => {});
  let port = options.port ?? DEFAULT_PORT;

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'api') {
      const [, resource, id, ...rest] = parts;
      const get = method === 'GET' || method === 'HEAD';
      if (resource === 'lint' && !id) {
        if (method !== 'POST') throw new HttpError(405, 'metode', 'Brug POST til /api/lint.');
        if (!originAllowed(req)) throw new HttpError(403, 'oprindelse', 'Forespørgsler fra andre sider er ikke tilladt.');
        const letter = await letterFromRequest(req, limit);
        if (!letter.text.trim()) throw new HttpError(400, 'tomt-brev', 'Brevet er tomt. Indsæt eller upload et brev.');
        try {
          assertLetterSize(letter.text);
        } catch (error) {
          if (error instanceof LetterTooLargeError) throw new HttpError(413, 'for-langt', error.message);
          throw error;
        }
        const result = options.session().lintText(letter.text, letter.format);
        // The check's name only: an error message could quote the letter.
        for (const failure of result.failures) log(`tjekket "${failure.check}" fejlede internt`);
        sendJson(res, 200, reviewResponse(letter.name, letter.text, letter.format, result));
        return;
      }
      if (resource === 'topics' && rest.length === 0) {
        if (!get) throw new HttpError(405, 'metode', 'Brug GET til /api/topics.');
        const kb = options.session().kb;
        if (!id) return sendJson(res, 200, [...kb.topics.values()].map(topicJson));
        const topic = kb.topics.get(id as Topic['id']);
        if (!topic) throw new HttpError(404, 'ukendt-emne', `Emnet "${id}" findes ikke i vidensbasen.`);
        return sendJson(res, 200, topicJson(topic));
      }
      if (resource === 'training' && rest.length === 0) {
        if (!get) throw new HttpError(405, 'metode', 'Brug GET til /api/training.');
        if (!id) return sendJson(res, 200, options.training?.list() ?? []);
        const example = await options.training?.example(id);
        if (!example) throw new HttpError(404, 'ukendt-eksempel', `Træningseksemplet "${id}" findes ikke.`);
        return sendJson(res, 200, example);
      }
      throw new HttpError(404, 'ukendt-rute', `Adressen ${path} findes ikke i Brevtjeks API.`);
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'metode', 'Kun GET er tilladt her.');
    if (!options.webRoot) throw new HttpError(404, 'ingen-side', 'Websiden er ikke bygget. Kør "npm run build".');
    const file = await staticFile(options.webRoot, path);
    send(res, 200, file.body, file.type, 'no-cache');
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    // The raw path, not a normalised URL: "/a/../b" must reach the traversal check, not be quietly resolved.
    // Only the path is logged: query strings and bodies could carry letter text.
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    const done = () => log(`${req.method} ${path} ${res.statusCode} ${Math.round(performance.now() - started)} ms`);
    res.on('finish', done);
    if (!hostAllowed(req, host, port)) {
      sendJson(res, 421, { error: { code: 'vaert', message: 'Ukendt værtsnavn. Åbn siden via http://127.0.0.1.' } });
      return;
    }
    route(req, res, path).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        // An unread request body (too large, refused) is not drained: the connection is closed after the answer.
        if (!req.readableEnded) res.setHeader('Connection', 'close');
        sendJson(res, error.status, { error: { code: error.code, message: error.message } });
        if (!req.readableEnded) res.on('finish', () => req.destroy());
        return;
      }
      log(`intern fejl ved ${req.method} ${path}: ${error instanceof Error ? error.name : typeof error}`);
      sendJson(res, 500, { error: { code: 'intern-fejl', message: 'Der skete en intern fejl i Brevtjek. Prøv igen.' } });
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    host,
    port,
    url: `http://${urlHost}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
