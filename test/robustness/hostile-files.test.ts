// Hostile files: each gives a clear Danish error naming the file (never a crash, hang or stack trace), and in a CLI
// run the other files are still linted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterReadError, letterFromBytes, readLetterFile } from '../../server/src/io/read-letter.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from './fuzz-helpers.js';
import { buildZip, corpusDocxWithImage, docxWith, documentXml, LETTER_PARAGRAPHS, windows1252 } from './hostile-inputs.js';

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await letterFromBytes(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(LetterReadError);
    expect((error as Error).message).toContain(name);
    return (error as Error).message;
  }
  throw new Error(`${name} was accepted`);
}

describe('reading hostile files', () => {
  it('a .docx that is not a zip file is refused', async () => {
    expect(await refusal(Buffer.from('Kære Anna, dette er ikke en zip-fil.'), 'brev.docx')).toMatch(/ikke en gyldig \.docx/);
  });

  it('a password-protected (or old .doc) file named .docx is refused with advice', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await refusal(cfb, 'krypteret.docx')).toMatch(/adgangskode/);
  });

  it('a zip bomb (honest headers: 200 MB of zeros in a few hundred KB) is refused before it is inflated', async () => {
    const bomb = docxWith(LETTER_PARAGRAPHS, [{ name: 'word/media/bomb.png', data: Buffer.alloc(200 * MB) }]);
    expect(bomb.length).toBeLessThan(1 * MB);
    const started = performance.now();
    expect(await refusal(bomb, 'bombe.docx')).toMatch(/for meget data/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a zip whose headers lie about the size is refused without inflating more than declared', async () => {
    const liar = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(50 * MB, 0x20), declaredSize: 1000 },
    ]);
    const before = process.memoryUsage().rss;
    expect(await refusal(liar, 'loegn.docx')).toMatch(/for meget data|beskadiget/);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * MB);
  });

  it('a truncated or garbled zip is refused as damaged', async () => {
    const good = docxWith(LETTER_PARAGRAPHS);
    expect(await refusal(good.subarray(0, good.length - 30), 'afkortet.docx')).toMatch(/beskadiget|ikke læses/);
    const garbled = Buffer.from(good);
    for (let i = 40; i < 200; i++) garbled[i] = 0xaa;
    expect(await refusal(garbled, 'rodet.docx')).toMatch(/beskadiget|ikke læses/);
  });

  it('a .docx with a huge embedded image (8 MB, incompressible) is still read: the text is extracted', async () => {
    const docx = await corpusDocxWithImage(8 * MB);
    const letter = await letterFromBytes(docx, 'billede.docx');
    expect(letter.text.length).toBeGreaterThan(500);
    expect(letter.format).toBe('text');
  });

  it('a .docx whose document holds more text than the engine accepts is refused clearly', async () => {
    const paragraphs = Array.from({ length: 3000 }, () => 'Vi har lagt vægt på dine oplysninger om din helbredstilstand og din hverdag. '.repeat(1));
    const docx = docxWith(paragraphs);
    expect(await refusal(docx, 'lang.docx')).toMatch(/for meget tekst/);
  });

  it('Windows-1252/Latin-1 text is detected and converted, and reported as such', async () => {
    const letter = await letterFromBytes(windows1252('Kære Søren\n\nDu har søgt om hjælp efter § 112 – og får afslag på ønsket.\n'), 'latin1.txt');
    expect(letter.text).toContain('Kære Søren');
    expect(letter.text).toContain('§ 112 – og får');
    expect(letter.encoding).toBe('windows-1252');
  });

  it('UTF-16 with a byte order mark (Word "Unicode-tekst") is decoded', async () => {
    const text = 'Kære Åse\n\nDu får ret.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await letterFromBytes(le, 'utf16.txt')).text).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect((await letterFromBytes(be, 'utf16be.txt')).text).toBe(text);
  });

  it('text in another encoding (mostly high bytes) is refused with "save as UTF-8" advice', async () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0xa0 + (i % 90))));
    expect(await refusal(bytes, 'sjis.txt')).toMatch(/Gem filen som UTF-8/);
  });

  it('binary files (NUL bytes, an executable, a PNG) are refused', async () => {
    expect(await refusal(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), 'program.md')).toMatch(/binær/);
    expect(await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'billede.txt')).toMatch(/binær/);
  });

  it('empty and whitespace-only files are refused as empty', async () => {
    expect(await refusal(Buffer.alloc(0), 'tom.md')).toMatch(/tom/);
    expect(await refusal(Buffer.from(' \n\r\n\t \n'), 'blank.md')).toMatch(/tom/);
    expect(await refusal(docxWith(['', '  ']), 'tom.docx')).toMatch(/tom/);
  });

  it('a directory, a missing file and a device are refused by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brevtjek-dir-'));
    try {
      await expect(readLetterFile(dir)).rejects.toThrow(/er en mappe/);
      await expect(readLetterFile(join(dir, 'findes-ikke.md'))).rejects.toThrow(/findes ikke/);
      await expect(readLetterFile('/dev/zero')).rejects.toThrow(/ikke en almindelig fil/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the CLI with hostile files among good ones', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brevtjek-hostile-'));
    const good = readFileSync(join(ROOT, 'corpus', 'letters', 'aktindsigt-afslag-01.md'));
    writeFileSync(join(dir, 'god.md'), good);
    writeFileSync(join(dir, 'ikke-zip.docx'), 'bare tekst');
    writeFileSync(join(dir, 'bombe.docx'), docxWith(LETTER_PARAGRAPHS, [{ name: 'word/media/x.png', data: Buffer.alloc(100 * MB) }]));
    writeFileSync(join(dir, 'billede.docx'), await corpusDocxWithImage(4 * MB));
    writeFileSync(join(dir, 'binaer.md'), Buffer.from([1, 2, 0, 3, 0, 0, 255]));
    writeFileSync(join(dir, 'tom.md'), '');
    writeFileSync(join(dir, 'latin1.txt'), windows1252('Kære Søren\n\nDu får afslag på hjælp efter § 112.\n'));
    writeFileSync(join(dir, 'kaempe.md'), 'Kære Anna. '.repeat(500_000));
    writeFileSync(join(dir, 'document.xml.docx'), buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(['x'])), method: 0, declaredSize: 5 }]));
    mkdirSync(join(dir, 'mappe.md'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every bad file in Danish, exits 2, and still lints the good ones', () => {
    const files = ['ikke-zip.docx', 'bombe.docx', 'binaer.md', 'god.md', 'tom.md', 'mappe.md', 'kaempe.md', 'findes-ikke.md', 'document.xml.docx', 'latin1.txt', 'billede.docx'];
    const run = runCli(['lint', '--format', 'json', ...files], { cwd: dir });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual(['god.md', 'latin1.txt', 'billede.docx']);
    for (const bad of ['ikke-zip.docx', 'bombe.docx', 'binaer.md', 'tom.md', 'mappe.md', 'kaempe.md', 'findes-ikke.md', 'document.xml.docx']) {
      expect(run.stderr).toContain(bad);
    }
    expect(run.stderr).toMatch(/for langt/);
    expect(run.stderr).not.toMatch(/uventet fejl|\n\s+at /);
  }, 60_000);
});
