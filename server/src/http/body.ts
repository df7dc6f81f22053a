// Reading request bodies with a hard size limit: JSON ({ text, format }) or a multipart upload (field "file").
// Errors carry an HTTP status and a Danish message for the page.
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { Format } from '../engine/types.js';
import { LetterReadError, letterFromBytes, type LetterInput } from '../io/read-letter.js';

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const UPLOAD_EXTENSIONS = ['.docx', '.txt', '.md', '.markdown'];

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}

export function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'for-stor', `Brevet er for stort. Grænsen er ${megabytes(limit)}. Del brevet op, eller fjern billeder og bilag.`);
}

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function jsonLetter(bytes: Buffer): LetterInput {
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, 'ugyldig-json', 'Forespørgslen er ikke gyldig JSON.');
  }
  const { text, format } = (body ?? {}) as { text?: unknown; format?: unknown };
  if (typeof text !== 'string') throw new HttpError(400, 'mangler-tekst', 'Forespørgslen skal have feltet "text" med brevets tekst.');
  if (format !== undefined && format !== 'markdown' && format !== 'text') {
    throw new HttpError(400, 'ukendt-format', 'Feltet "format" skal være "markdown" eller "text".');
  }
  return { text, format: (format ?? 'markdown') as Format };
}

function multipartLetter(req: IncomingMessage, limit: number): Promise<LetterInput & { name: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit, fields: 4, fieldSize: 100, parts: 6 } });
    } catch {
      reject(new HttpError(400, 'ugyldig-upload', 'Uploaden kunne ikke læses (ugyldig multipart-forespørgsel).'));
      return;
    }
    let file: Promise<{ name: string; bytes: Buffer }> | undefined;
    let failed: HttpError | undefined;
    const fail = (error: HttpError) => {
      failed ??= error;
      req.unpipe(parser);
      req.resume();
      reject(failed);
    };
    parser.on('file', (field, stream, info) => {
      const name = info.filename || 'brev';
      const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
      if (field !== 'file') {
        stream.resume();
        return;
      }
      if (!UPLOAD_EXTENSIONS.includes(ext)) {
        stream.resume();
        fail(new HttpError(415, 'filtype', `Filtypen "${ext.startsWith('.') ? ext : name}" understøttes ikke. Upload en .docx-, .txt- eller .md-fil.`));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(limit)));
      file = new Promise((done) => stream.on('end', () => done({ name, bytes: Buffer.concat(chunks) })));
    });
    parser.on('error', () => fail(new HttpError(400, 'ugyldig-upload', 'Uploaden kunne ikke læses (afbrudt eller ugyldig).')));
    parser.on('close', () => {
      if (failed) return;
      if (!file) {
        reject(new HttpError(400, 'mangler-fil', 'Uploaden skal have en fil i feltet "file" (.docx, .txt eller .md).'));
        return;
      }
      file.then(async ({ name, bytes }) => ({ name, ...(await letterFromBytes(bytes, name)) })).then(resolve, (error: unknown) => {
        if (error instanceof LetterReadError) reject(new HttpError(400, 'ulaeselig-fil', error.message));
        else reject(error);
      });
    });
    req.pipe(parser);
  });
}

/** The letter of a POST /api/lint request. */
export async function letterFromRequest(req: IncomingMessage, limit: number): Promise<LetterInput & { name: string }> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) return { name: 'indsat tekst', ...jsonLetter(await readLimited(req, limit)) };
  if (type.startsWith('multipart/form-data')) return multipartLetter(req, limit);
  throw new HttpError(415, 'indholdstype', 'Send brevet som JSON ({ "text": …, "format": … }) eller som en fil (multipart/form-data, feltet "file").');
}
