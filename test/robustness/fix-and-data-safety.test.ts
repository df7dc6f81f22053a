// Data safety: applying fixes, the atomic write, `brevtjek lint --fix`, that nothing but --fix ever writes a user's
// file, that a letter above the size limit is refused quickly, and that no socket is opened while linting.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { LetterTooLargeError, MAX_LETTER_CHARS } from '../../server/src/engine/limits.js';
import type { Message } from '../../server/src/engine/types.js';
import { AtomicWriteError, writeFileAtomic } from '../../server/src/io/atomic-write.js';
import { runCli } from '../helpers/cli.js';
import { lintText } from '../helpers/session.js';
import { corpusLetters, ROOT } from './fuzz-helpers.js';
import { docxWith, LETTER_PARAGRAPHS } from './hostile-inputs.js';

function message(start: number, end: number, expected: string[], extra: Partial<Message> = {}): Message {
  return { ruleId: 'klarsprog/ord', topic: 'klarsprog', source: 'brevtjek', url: '', severity: 'warning', reason: 'x', start, end, expected, fixable: true, ...extra };
}

describe('applyFixes', () => {
  it('applies the first replacement of every fixable message, right to left, and skips overlaps', () => {
    const text = 'Såfremt du ønsker det, kan du fremsende brevet.';
    const fixes = [message(0, 7, ['Hvis', 'Om']), message(30, 39, ['sende']), message(31, 35, ['x']), message(23, 26, ['ikke'], { fixable: false })];
    const result = applyFixes(text, fixes);
    expect(result.text).toBe('Hvis du ønsker det, kan du sende brevet.');
    expect(result.applied.map((a) => a.replacement)).toEqual(['Hvis', 'sende']);
    expect(result.skipped).toHaveLength(1);
  });

  it('never applies a document-level finding or a range that splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(applyFixes(text, [message(2, 3, ['x'])]).text).toBe(text);
    expect(applyFixes(text, [message(0, 1, ['x'], { documentLevel: true })]).text).toBe(text);
    expect(applyFixes(text, [message(1, 3, ['🙂'])]).text).toBe('a🙂b');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'brevtjek-atomic-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file, keeps the original as .orig (then .orig.1), keeps the mode and leaves no temp file', async () => {
    const path = join(dir, 'brev.md');
    writeFileSync(path, 'gammel');
    chmodSync(path, 0o640);
    const first = await writeFileAtomic(path, 'ny', { expectedOriginal: Buffer.from('gammel') });
    expect(readFileSync(path, 'utf8')).toBe('ny');
    expect(readFileSync(first.backupPath!, 'utf8')).toBe('gammel');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    const second = await writeFileAtomic(path, 'nyere');
    expect(second.backupPath).toBe(`${first.backupPath}.1`);
    expect(readFileSync(first.backupPath!, 'utf8')).toBe('gammel');
    expect(readdirSync(dir).sort()).toEqual(['brev.md', 'brev.md.orig', 'brev.md.orig.1']);
  });

  it('writes nothing when the file changed since it was read, or when told not to back up only skips the copy', async () => {
    const path = join(dir, 'brev.md');
    writeFileSync(path, 'ændret af en anden');
    await expect(writeFileAtomic(path, 'ny', { expectedOriginal: Buffer.from('gammel') })).rejects.toBeInstanceOf(AtomicWriteError);
    expect(readFileSync(path, 'utf8')).toBe('ændret af en anden');
    await writeFileAtomic(path, 'ny', { backup: false });
    expect(readdirSync(dir)).toEqual(['brev.md']);
  });

  it('follows a symbolic link and leaves the link in place', async () => {
    const target = join(dir, 'rigtig.md');
    writeFileSync(target, 'gammel');
    symlinkSync(target, join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'ny', { backup: false });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('ny');
  });
});

describe('brevtjek lint --fix', () => {
  let dir: string;
  // A corpus letter with at least one safe fix (found, not hard-coded, so it follows the checks as they change).
  const letter = corpusLetters().find((l) => lintText(l.text, l.format).messages.some((m) => m.fixable))!;
  const name = `brev${letter.name.slice(letter.name.lastIndexOf('.'))}`;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brevtjek-fix-'));
    writeFileSync(join(dir, name), letter.text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a corpus letter offers at least one safe fix', () => {
    expect(letter).toBeDefined();
  });

  it('--fix-dry-run prints a diff and changes nothing', () => {
    const run = runCli(['lint', '--fix-dry-run', name], { cwd: dir });
    expect(run.stderr).toMatch(/prøvekørsel/);
    expect(run.stderr).toMatch(/^- /m);
    expect(run.stderr).toMatch(/^\+ /m);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(letter.text);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('--fix writes the fixed letter atomically and keeps the original; the fixed letter has no safe fixes left', () => {
    const run = runCli(['lint', '--fix', name], { cwd: dir });
    expect(run.stderr).toMatch(/skrevet i/);
    expect(readFileSync(join(dir, `${name}.orig`), 'utf8')).toBe(letter.text);
    const fixed = readFileSync(join(dir, name), 'utf8');
    expect(fixed).not.toBe(letter.text);
    expect(readdirSync(dir).sort()).toEqual([name, `${name}.orig`].sort());
    const again = lintText(fixed, letter.format);
    expect(applyFixes(fixed, again.messages).applied).toEqual([]);
  });

  it('--fix keeps CRLF line endings and a byte order mark, and --no-backup leaves no copy', () => {
    const crlf = '\ufeff' + letter.text.replace(/\r?\n/g, '\r\n');
    writeFileSync(join(dir, name), crlf);
    runCli(['lint', '--fix', '--no-backup', name], { cwd: dir });
    const bytes = readFileSync(join(dir, name));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('refuses to fix a .docx, a non-UTF-8 file or standard input, and changes nothing', () => {
    const docx = docxWith(LETTER_PARAGRAPHS);
    writeFileSync(join(dir, 'brev.docx'), docx);
    const run = runCli(['lint', '--fix', 'brev.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rettes ikke automatisk/);
    expect(readFileSync(join(dir, 'brev.docx')).equals(docx)).toBe(true);
    const stdin = runCli(['lint', '--fix', '-'], { cwd: dir, input: letter.text });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/standard input/);
  });

  it('plain lint never writes in the letter folder', () => {
    const before = statSync(join(dir, name)).mtimeMs;
    runCli(['lint', '--format', 'sarif', name], { cwd: dir });
    expect(readdirSync(dir)).toEqual([name]);
    expect(statSync(join(dir, name)).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(letter.text);
  });
});

describe('size limits', () => {
  it('a 5 MB letter is refused at once with a Danish message', () => {
    const text = corpusLetters()[0]!.text.repeat(Math.ceil(5_000_000 / corpusLetters()[0]!.text.length));
    const started = performance.now();
    expect(() => lintText(text)).toThrow(LetterTooLargeError);
    expect(() => lintText(text)).toThrow(/Brevet er for langt til at blive tjekket/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('a letter just under the limit (real letters repeated) is linted within a few seconds', () => {
    const letters = corpusLetters();
    let text = '';
    for (let i = 0; text.length < MAX_LETTER_CHARS - 20_000; i++) text += letters[i % letters.length]!.text + '\n\n';
    const started = performance.now();
    const result = lintText(text, 'markdown', undefined, true);
    const ms = performance.now() - started;
    expect(result.failures).toEqual([]);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});

describe('no network access while linting', () => {
  const preload = resolve(import.meta.dirname, 'fixtures', 'no-network.cjs');

  it('the preload really catches a network attempt (the test is not vacuous)', () => {
    const run = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:net').connect(80, 'example.org')"], { encoding: 'utf8' });
    expect(run.stderr).toContain('BREVTJEK-NETWORK-ATTEMPT');
  });

  it('the CLI lints Markdown, text and .docx letters with every network call forbidden', () => {
    const files = ['aktindsigt-afslag-01.md', 'aktindsigt-afslag-02.txt', 'aktindsigt-delvis-01.docx'].map((f) => join(ROOT, 'corpus', 'letters', f));
    const run = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin', 'brevtjek.js'), 'lint', '--format', 'json', ...files], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
    expect(run.stderr).not.toContain('BREVTJEK-NETWORK-ATTEMPT');
    expect([0, 1]).toContain(run.status);
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toHaveLength(3);
  }, 60_000);
});
