// Adapter: read a letter from a file or stdin. Markdown and text are decoded as UTF-8 (BOM removed); a file that
// is not UTF-8 is read as UTF-16 (with a BOM) or Windows-1252/Latin-1 when it clearly is one, and refused
// otherwise. .docx is checked (zip structure, sizes) and converted to plain text with mammoth (offsets then refer
// to the extracted text). Every refusal is a LetterReadError with a Danish message that names the file.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Format } from '../engine/types.js';
import { MAX_LETTER_CHARS } from '../engine/limits.js';
import { guardZip, ZipGuardError } from './zip-guard.js';

export class LetterReadError extends Error {}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface LetterInput {
  readonly text: string;
  readonly format: Format;
  /** How the bytes were decoded (text files only). Anything but UTF-8 is converted, and `lint --fix` refuses it. */
  readonly encoding?: TextEncodingName;
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252: their presence means another encoding. */
const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Text in Windows-1252/Latin-1 (old Word "Tekst"-export, Notepad): ASCII with a few high bytes for æ, ø, å, é, §,
 * quotes and dashes. We accept it only when every high byte is assigned and they are a small share of the text
 * (in Danish 1–5 %); a share like that in any other single-byte or multi-byte encoding is unlikely.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    if (CP1252_UNASSIGNED.has(byte)) return false;
    high++;
  }
  return high > 0 && high / bytes.length <= 0.2;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, quotes, dashes …). Decoded by hand: Node's TextDecoder
 * ("windows-1252") decodes those bytes as Latin-1 control characters, so "–" would become U+0096.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function strictDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decode a text letter; refuse binary data and unknown encodings with a clear Danish message. */
export function decodeLetterBytes(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strictDecode(bytes.subarray(2), encoding);
    if (text === null || text.includes('\0')) throw new LetterReadError(`${name} ligner en UTF-16-fil, men indholdet er ugyldigt. Gem filen som UTF-8 og prøv igen.`);
    return { text, encoding };
  }
  if (bytes.includes(0)) throw new LetterReadError(`${name} ligner en binær fil, ikke et brev i tekst.`);
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8.charCodeAt(0) === 0xfeff ? utf8.slice(1) : utf8, encoding: 'utf-8' };
  if (looksLikeWindows1252(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  throw new LetterReadError(`${name} er ikke gyldig UTF-8 og heller ikke genkendeligt som Windows-1252/Latin-1. Gem filen som UTF-8 og prøv igen.`);
}

/** Decode as text (see decodeLetterBytes); kept for callers that only need the text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  return decodeLetterBytes(bytes, name).text;
}

export function formatFor(name: string): Format | 'docx' {
  const ext = extname(name).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function zipProblem(error: ZipGuardError, name: string): LetterReadError {
  if (error.kind === 'too-large') return new LetterReadError(`${name} afvises: .docx-filen pakker sig ud til for meget data (${error.message}). Den kan være beskadiget eller ondsindet.`);
  if (error.kind === 'unsupported') return new LetterReadError(`${name} kan ikke læses som .docx (${error.message}). Gem dokumentet igen i Word som almindelig .docx.`);
  return new LetterReadError(`${name} er en beskadiget .docx-fil (${error.message}).`);
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new LetterReadError(`${name} er en krypteret (adgangskodebeskyttet) fil eller et gammelt Word-dokument (.doc). Fjern adgangskoden, eller gem som .docx.`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new LetterReadError(`${name} er ikke en gyldig .docx-fil (ikke en zip-fil).`);
  try {
    guardZip(bytes);
  } catch (error) {
    if (error instanceof ZipGuardError) throw zipProblem(error, name);
    throw error;
  }
  let text: string;
  try {
    // mammoth is loaded only when a .docx arrives; it is a large module and most letters are text.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    text = result.value.replace(/\r\n?/g, '\n');
  } catch (error) {
    throw new LetterReadError(`${name} kunne ikke læses som .docx: ${(error as Error).message}`);
  }
  if (text.length > MAX_LETTER_CHARS) {
    throw new LetterReadError(`${name} indeholder for meget tekst (${text.length} tegn; grænsen er ${MAX_LETTER_CHARS} tegn).`);
  }
  return text;
}

function refuseEmpty(text: string, name: string): void {
  if (text.trim() === '') throw new LetterReadError(`${name} er tom: der er ingen tekst at tjekke.`);
}

export async function letterFromBytes(bytes: Uint8Array, name: string, format?: Format): Promise<LetterInput> {
  if (bytes.length === 0) throw new LetterReadError(`${name} er tom (0 byte).`);
  const kind = formatFor(name);
  if (kind === 'docx') {
    const text = await docxToText(bytes, name);
    refuseEmpty(text, name);
    return { text, format: 'text' };
  }
  const decoded = decodeLetterBytes(bytes, name);
  refuseEmpty(decoded.text, name);
  return { text: decoded.text, format: format ?? kind, encoding: decoded.encoding };
}

/** Read a letter file's bytes after checking that it is a regular file within the size limit. */
export async function readLetterBytes(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new LetterReadError(`Filen ${path} findes ikke eller kan ikke læses.`);
  }
  if (info.isDirectory()) throw new LetterReadError(`${path} er en mappe, ikke en fil.`);
  if (!info.isFile()) throw new LetterReadError(`${path} er ikke en almindelig fil.`);
  if (info.size > MAX_FILE_BYTES) throw new LetterReadError(`${path} er for stor (${Math.round(info.size / 1024 / 1024)} MB; grænsen er ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
  try {
    return await readFile(path);
  } catch (error) {
    throw new LetterReadError(`Filen ${path} kan ikke læses (${(error as NodeJS.ErrnoException).code ?? 'ukendt fejl'}).`);
  }
}

export async function readLetterFile(path: string, format?: Format): Promise<LetterInput> {
  return letterFromBytes(await readLetterBytes(path), path, format);
}

export async function readStdin(format: Format = 'markdown'): Promise<LetterInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw new LetterReadError(`standard input er for stor (grænsen er ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
    chunks.push(chunk as Buffer);
  }
  const decoded = decodeLetterBytes(Buffer.concat(chunks), 'standard input');
  refuseEmpty(decoded.text, 'standard input');
  return { text: decoded.text, format, encoding: decoded.encoding };
}
