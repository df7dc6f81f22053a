// Generates hostile input files for the robustness tests (nothing hostile is checked in): broken and malicious
// .docx files, wrong encodings, binary data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { ROOT } from './fuzz-helpers.js';

export interface RawZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** Deflate (8) or store (0). */
  readonly method?: 0 | 8;
  /** Lie about the uncompressed size in both headers. */
  readonly declaredSize?: number;
}

/** A minimal zip writer, so tests can build archives that lie (JSZip would not). */
export function buildZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const body = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export function documentXml(paragraphs: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
}

/** A small valid .docx with the given paragraphs and extra entries (e.g. a huge image). */
export function docxWith(paragraphs: readonly string[], extra: readonly RawZipEntry[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs)) },
    ...extra,
  ]);
}

/** The corpus .docx with a big (incompressible) image added, rebuilt by JSZip as Word would. */
export async function corpusDocxWithImage(imageBytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'corpus', 'letters', 'aktindsigt-delvis-01.docx')));
  const image = Buffer.alloc(imageBytes);
  for (let i = 0; i < image.length; i += 4) image.writeUInt32LE((Math.imul(i, 2654435761) ^ (i >>> 7)) >>> 0, i);
  zip.file('word/media/image1.png', image, { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const LETTER_PARAGRAPHS = ['Kære Anna Jensen', 'Du har søgt om hjælp til en rollator. Vi har behandlet din ansøgning.', 'Med venlig hilsen', 'Karen Holm'];

/** Danish text as Windows-1252 bytes (æ ø å § and the en dash are single bytes). */
export function windows1252(text: string): Buffer {
  const map: Record<string, number> = { 'æ': 0xe6, 'ø': 0xf8, 'å': 0xe5, 'Æ': 0xc6, 'Ø': 0xd8, 'Å': 0xc5, '§': 0xa7, '–': 0x96, 'é': 0xe9 };
  return Buffer.from([...text].map((c) => map[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
}
