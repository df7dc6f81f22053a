// Guards a .docx (a zip archive) before mammoth opens it. Mammoth (through JSZip) inflates whole entries in
// memory, so a zip bomb (a small file that inflates to gigabytes) or an entry whose header lies about its size
// could exhaust memory. We read the central directory ourselves, refuse archives whose declared sizes are too
// large, and inflate every entry once with a hard output cap, so a lying header is caught without allocating
// more than the cap.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipLimits {
  /** Sum of all entries' uncompressed sizes. */
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 64 * 1024 * 1024, maxEntries: 5000 };

/** Why the archive was refused; `kind` picks the Danish wording in read-letter.ts. */
export class ZipGuardError extends Error {
  constructor(readonly kind: 'damaged' | 'too-large' | 'unsupported', detail: string) {
    super(detail);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipGuardError('damaged', 'ingen central mappe (End of Central Directory) fundet');
}

export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) throw new ZipGuardError('damaged', 'filen er for kort til at være en zip-fil');
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const directorySize = buf.readUInt32LE(eocd + 12);
  const directoryOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    throw new ZipGuardError('unsupported', 'ZIP64-arkiver understøttes ikke');
  }
  if (count > limits.maxEntries) throw new ZipGuardError('too-large', `for mange filer i arkivet (${count})`);
  if (directoryOffset + directorySize > eocd) throw new ZipGuardError('damaged', 'den centrale mappe ligger uden for filen');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) throw new ZipGuardError('damaged', 'ugyldig post i den centrale mappe');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeaderOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, Math.min(eocd, at + 46 + nameLength));
    if (flags & 0x1) throw new ZipGuardError('unsupported', 'arkivet er krypteret');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ZipGuardError('unsupported', 'ZIP64-arkiver understøttes ikke');
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) throw new ZipGuardError('too-large', `indholdet fylder udpakket over ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB`);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflate every entry with its declared size as a hard cap; throws when an entry holds more than it declares. */
export function verifyZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipGuardError('damaged', `ugyldig lokal header for ${entry.name}`);
    const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > buf.length) throw new ZipGuardError('damaged', `${entry.name} rækker ud over filens slutning`);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ZipGuardError('damaged', `forkert størrelse for ${entry.name}`);
      continue;
    }
    if (entry.method !== 8) throw new ZipGuardError('unsupported', `ukendt komprimering (${entry.method}) for ${entry.name}`);
    let size: number;
    try {
      // +1 so that an entry holding more than declared overflows the cap instead of being silently cut.
      size = inflateRawSync(buf.subarray(dataStart, dataEnd), { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) }).length;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipGuardError('too-large', `${entry.name} fylder mere udpakket, end arkivet oplyser`);
      throw new ZipGuardError('damaged', `${entry.name} kan ikke pakkes ud`);
    }
    if (size !== entry.uncompressedSize) throw new ZipGuardError('damaged', `forkert størrelse for ${entry.name}`);
  }
}

/** Full check: declared sizes within limits, and actual sizes as declared. */
export function guardZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const entries = listZipEntries(bytes, limits);
  verifyZipEntries(bytes, entries);
  return entries;
}
