// End-to-end tests through the real `brevtjek` binary.
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const LETTER = `Ballerup Kommune
Center for Social Service

Karen Holm
Torvevej 12
2750 Ballerup

12. marts 2025

# Svar på din ansøgning

Kære Karen Holm

Du får afslag på en ny kørestol. Vi har brug for oplysninger om [ADRESSE].

Med venlig hilsen

Lars Nielsen
Sagsbehandler
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brevtjek-cli-'));
  writeFileSync(join(dir, 'brev.md'), LETTER);
  writeFileSync(join(dir, 'rent.txt'), 'Kære Karen Holm\n\nTak for dit brev. Vi vender tilbage i næste uge.\n');
});

async function docxWith(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('brevtjek lint', () => {
  it('prints findings grouped per file with line:column, severity, message and rule id; exit 1 on an error finding', () => {
    const run = runCli(['lint', join(dir, 'brev.md')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('brev.md');
    expect(run.stdout).toMatch(/14:\d+\s+fejl\s+Skabelontekst står tilbage: "\[ADRESSE\]".*skabelon\/pladsholder/);
  });

  it('exits 0 when there is no error-severity finding', () => {
    const run = runCli(['lint', '--format', 'json', join(dir, 'rent.txt')]);
    const report = JSON.parse(run.stdout);
    expect(report.files[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('writes the version 1 JSON contract with exact positions', () => {
    const run = runCli(['lint', '--format', 'json', join(dir, 'brev.md')]);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    const file = report.files[0];
    expect(Object.keys(file).sort()).toEqual(['area', 'diagnostics', 'file', 'kind', 'outcome', 'stats']);
    expect(Object.keys(file.stats).sort()).toEqual(['lix', 'sentences', 'words']);
    const placeholder = file.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'skabelon/pladsholder');
    expect(Object.keys(placeholder).sort()).toEqual(['end', 'message', 'ruleId', 'severity', 'start', 'suggestions', 'topic', 'url']);
    expect(LETTER.slice(placeholder.start.offset, placeholder.end.offset)).toBe('[ADRESSE]');
    expect(placeholder.start.line).toBe(14);
    expect(LETTER.split("\n")[13]!.slice(placeholder.start.column - 1, placeholder.end.column - 1)).toBe('[ADRESSE]');
  });

  it('writes valid SARIF 2.1.0 with rule metadata from the knowledge base', () => {
    const run = runCli(['lint', '--format', 'sarif', join(dir, 'brev.md')]);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe('Brevtjek');
    const rule = driver.rules.find((r: { id: string }) => r.id === 'skabelon/pladsholder');
    expect(rule.shortDescription.text.length).toBeGreaterThan(3);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'skabelon/pladsholder');
    expect(result.level).toBe('error');
    expect(driver.rules[result.ruleIndex].id).toBe('skabelon/pladsholder');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(14);
  });

  it('reads stdin with -', () => {
    const run = runCli(['lint', '--format', 'json', '-'], { input: 'Du bor på [ADRESSE].' });
    expect(JSON.parse(run.stdout).files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'skabelon/pladsholder')).toBe(true);
  });

  it('reads a .docx letter, with offsets into the extracted text', async () => {
    const path = join(dir, 'brev.docx');
    writeFileSync(path, await docxWith(['Kære Karen Holm', 'Du får afslag. Vi skal bruge {{sagsnummer}} fra dig.']));
    const run = runCli(['lint', '--format', 'json', path]);
    const diagnostic = JSON.parse(run.stdout).files[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'skabelon/pladsholder');
    expect(diagnostic.message).toContain('{{sagsnummer}}');
    expect(diagnostic.start.line).toBe(3);
  });

  it('reports an unreadable file in Danish, exits 2, and still lints the other files', () => {
    const run = runCli(['lint', '--format', 'json', join(dir, 'findes-ikke.md'), join(dir, 'brev.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/findes ikke eller kan ikke læses/);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'brev.md')]);
  });

  it('refuses a broken brevtjek.json with a Danish message naming the file and the problem', () => {
    const project = join(dir, 'projekt');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'brevtjek.json'), '{ "rules": { "skabelon": "kraftig" } }');
    writeFileSync(join(project, 'brev.md'), LETTER);
    const run = runCli(['lint', join(project, 'brev.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(project, 'brevtjek.json'));
    expect(run.stderr).toMatch(/rules\.skabelon/);
  });

  it('applies brevtjek.json found upwards from the letter', () => {
    const project = join(dir, 'projekt2', 'breve');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(dir, 'projekt2', 'brevtjek.json'), JSON.stringify({ rules: { skabelon: 'off' } }));
    writeFileSync(join(project, 'brev.md'), LETTER);
    const run = runCli(['lint', '--format', 'json', join(project, 'brev.md')]);
    expect(JSON.parse(run.stdout).files[0].diagnostics.some((d: { topic: string }) => d.topic === 'skabelon')).toBe(false);
  });

  it('gives a usage error with exit 2 for an unknown format or no files', () => {
    expect(runCli(['lint', '--format', 'xml', 'x.md']).code).toBe(2);
    const run = runCli(['lint']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Angiv mindst én fil/);
  });
});

describe('brevtjek topics and explain', () => {
  it('lists all 14 topics', () => {
    const run = runCli(['topics']);
    expect(run.code).toBe(0);
    for (const id of ['begrundelse', 'klagevejledning', 'klarsprog', 'laesbarhed', 'stavning', 'grammatik', 'navne', 'skabelon', 'persondata', 'tiltale', 'datoer', 'tone', 'partshoering', 'vejledning']) {
      expect(run.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    }
  });

  it('explains a topic and a rule in Danish', () => {
    const topic = runCli(['explain', 'klagevejledning']);
    expect(topic.code).toBe(0);
    expect(topic.stdout).toMatch(/Forvaltningsloven § 25/);
    expect(topic.stdout).toMatch(/Dårligt eksempel/);
    const rule = runCli(['explain', 'klagevejledning/frist']);
    expect(rule.stdout).toContain('klagevejledning/frist');
    expect(runCli(['explain', 'findesikke']).code).toBe(2);
  });
});
