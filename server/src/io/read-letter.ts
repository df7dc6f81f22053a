// Adapter: read a letter from a file or stdin. Markdown and text are decoded as UTF-8 (BOM removed); .docx is
// converted to plain text with mammoth (offsets then refer to the extracted text). Errors are Danish.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import type { Format } from '../engine/types.js';

export class LetterReadError extends Error {}

export interface LetterInput {
  readonly text: string;
  readonly format: Format;
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Decode bytes as UTF-8; refuse binary data and text in another encoding with a clear message. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new LetterReadError(`${name} ligner en binær fil, ikke et brev i tekst.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LetterReadError(`${name} er ikke gyldig UTF-8. Gem filen som UTF-8 og prøv igen.`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function formatFor(name: string): Format | 'docx' {
  const ext = extname(name).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new LetterReadError(`${name} er ikke en gyldig .docx-fil (ikke en zip-fil).`);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.replace(/\r\n?/g, '\n');
  } catch (error) {
    throw new LetterReadError(`${name} kunne ikke læses som .docx: ${(error as Error).message}`);
  }
}

export async function letterFromBytes(bytes: Uint8Array, name: string, format?: Format): Promise<LetterInput> {
  const kind = formatFor(name);
  if (kind === 'docx') return { text: await docxToText(bytes, name), format: 'text' };
  return { text: decodeText(bytes, name), format: format ?? kind };
}

export async function readLetterFile(path: string, format?: Format): Promise<LetterInput> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new LetterReadError(`Filen ${path} findes ikke eller kan ikke læses.`);
  }
  if (info.isDirectory()) throw new LetterReadError(`${path} er en mappe, ikke en fil.`);
  if (info.size > MAX_FILE_BYTES) throw new LetterReadError(`${path} er for stor (${Math.round(info.size / 1024 / 1024)} MB; grænsen er ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new LetterReadError(`Filen ${path} kan ikke læses (${(error as NodeJS.ErrnoException).code ?? 'ukendt fejl'}).`);
  }
  return letterFromBytes(bytes, path, format);
}

export async function readStdin(format: Format = 'markdown'): Promise<LetterInput> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { text: decodeText(Buffer.concat(chunks), 'standard input'), format };
}
