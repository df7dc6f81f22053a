// laesbarhed/*: hard sections by LIX, and long sentences (hint above 30 words, warning above 40).
import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

const sentenceOf = (n: number) => `${Array.from({ length: n - 1 }, (_, i) => (i % 2 ? 'hjælp' : 'du')).join(' ')} slut.`;

describe('laesbarhed/lang-saetning', () => {
  it('is silent up to 30 words, a hint from 31 and a warning above 40', () => {
    const severities = (n: number) => lintText(`${sentenceOf(n)}\n`).messages.filter((m) => m.ruleId === 'laesbarhed/lang-saetning').map((m) => m.severity);
    expect(severities(30)).toEqual([]);
    expect(severities(31)).toEqual(['hint']);
    expect(severities(40)).toEqual(['hint']);
    expect(severities(41)).toEqual(['warning']);
  });

  it('follows the configured limits', () => {
    const r = lintText(`${sentenceOf(25)}\n`, 'markdown', { longSentenceHint: 20, longSentenceWarning: 24 });
    expect(r.messages.find((m) => m.ruleId === 'laesbarhed/lang-saetning')?.severity).toBe('warning');
  });

  it('does not count list items or address lines as sentences', () => {
    const list = `- ${sentenceOf(45)}\n- kort punkt\n`;
    expect(lintText(list).messages.filter((m) => m.ruleId === 'laesbarhed/lang-saetning')).toEqual([]);
  });
});

describe('laesbarhed/lix', () => {
  const hard = 'Kommunen har efter en konkret og individuel vurdering af Deres samlede situation, herunder de foreliggende lægeoplysninger og funktionsvurderingen, fundet, at betingelserne for bevilling af det ansøgte hjælpemiddel ikke er opfyldt, idet funktionsnedsættelsen ikke vurderes at være varig. Kommunen har endvidere lagt vægt på, at hjælpemidlet ikke i væsentlig grad vurderes at kunne afhjælpe de varige følger af funktionsnedsættelsen. Afgørelsen er truffet på grundlag af servicelovens bestemmelser og kommunens kvalitetsstandard for hjælpemiddelområdet.';
  const easy = 'Du får ikke en kørestol. Din læge skriver, at dit knæ bliver bedre. Du fortalte os, at din datter hjælper dig med at handle. Du kan gå op og ned ad trappen selv. Derfor er din evne til at gå ikke varigt nedsat. Ring til os, hvis du har spørgsmål. Vi hjælper dig gerne.';

  it('reports a hard section as info with its LIX and band', () => {
    const m = lintText(`## Begrundelse\n\n${hard}\n`).messages.find((x) => x.ruleId === 'laesbarhed/lix');
    expect(m?.severity).toBe('info');
    expect(m?.reason).toMatch(/LIX \d+(\.\d)? \(meget svær\)/);
  });

  it('is silent on an easy section and on sections too short to measure', () => {
    expect(lintText(`## Begrundelse\n\n${easy}\n`).messages.filter((m) => m.ruleId === 'laesbarhed/lix')).toEqual([]);
    expect(lintText('## Afgørelse\n\nKommunen har truffet afgørelse vedrørende funktionsnedsættelsen.\n').messages.filter((m) => m.ruleId === 'laesbarhed/lix')).toEqual([]);
    // Two long sentences: LIX would only restate their length, which lang-saetning reports.
    const twoSentences = hard.slice(0, hard.lastIndexOf(' Afgørelsen'));
    expect(lintText(`## Begrundelse\n\n${twoSentences}\n`).messages.filter((m) => m.ruleId === 'laesbarhed/lix')).toEqual([]);
  });

  it('follows the configured threshold', () => {
    expect(lintText(`## Begrundelse\n\n${easy}\n`, 'markdown', { lixThreshold: 20 }).messages.some((m) => m.ruleId === 'laesbarhed/lix')).toBe(true);
  });
});
describe('tables', () => {
  it('does not read a pipe table as one long sentence', () => {
    const table = '| Det har I søgt om | Reglerne | Det får I lov til |\n|---|---|---|\n| Areal på 48 m² til garagen og et udhus ved skellet mod naboen | Højst 50 m² efter reglerne for garager og udhuse tæt på skel | 48 m² som søgt, men ikke tættere end 2,5 meter fra skellet |';
    const found = lintText(`Kære Anna\n\nHer er jeres svar.\n\n${table}\n`).messages.filter((m) => m.ruleId === 'laesbarhed/lang-saetning');
    expect(found).toEqual([]);
  });
});

