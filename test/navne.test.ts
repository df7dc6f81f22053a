// navne: another citizen's name or another municipality's name, but not the letter's legitimate third parties.
import { describe, expect, it } from 'vitest';
import { navne } from '../server/src/checks/navne.js';
import { lint } from '../server/src/engine/lint.js';
import { kb } from './helpers/session.js';

function run(text: string) {
  return lint(text, { format: 'markdown', kb, checks: [navne] }).messages.map((m) => ({ rule: m.ruleId, text: text.slice(m.start, m.end), related: m.related?.map((r) => text.slice(r.start, r.end)), expected: m.expected }));
}
const head = 'Ballerup Kommune\nCenter for Social\n\nKaren Holm\nLindevej 12\n2750 Ballerup\n\nBallerup, 20. marts 2025\n\n';

describe('navne/forkert-navn', () => {
  it('flags an unintroduced full name and points at the addressee', () => {
    expect(run(`${head}Kære Karen Holm\n\nJens Madsen har oplyst, at han ikke kan støvsuge.\n`)).toEqual([{ rule: 'navne/forkert-navn', text: 'Jens Madsen', related: ['Karen Holm'], expected: undefined }]);
  });
  it('recognises a name by its surname when the given name is not listed (regression: byggesag-landzone-afslag-l12)', () => {
    expect(run(`${head}Kære Karen Holm\n\nHenning Dahl søgte den 2. februar om tilladelse. Mødet er på Jens Baggesens Vej 3 og på Plejecenter Fruehøjgaard.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Henning Dahl' }]);
  });
  it('flags a name that is an object of the sentence ("hjælpe Peter Holm med at …"), and one sharing only the family name', () => {
    expect(run(`${head}Kære Karen Holm\n\nLedsageren skal hjælpe Peter Holm med at få en god hverdag.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Peter Holm' }]);
    expect(run(`${head}Kære Karen Holm\n\nDu har søgt om en rollator. Det har været afgørende, at Peter Holm ikke kan gå sikkert.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Peter Holm' }]);
  });
  it('flags a surname after a title that belongs to nobody in the letter ("fru Jensen" in a letter to Karen Holm)', () => {
    expect(run(`${head}Kære Karen Holm\n\nKommunen har forståelse for, at fru Jensen ønsker at være tæt på sin søn. Fru Holm har også skrevet.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'fru Jensen' }]);
  });
  it('checks an appendix after the signature, and accepts "Din nabo på nr. 14, Ole Thygesen" and "Deres klient, Lone Madsen"', () => {
    expect(run(`${head}Kære Karen Holm\n\nDu får afslag. Din nabo på nr. 14, Ole Thygesen, har skrevet under. Deres klient, Lone Birgitte Madsen, har bedt om aktindsigt.\n\nVenlig hilsen\n\nSofie Berg\nSocialrådgiver\n\n## Bilag 1: Sådan har vi vurderet sagen\n\nInger Kjær fortalte ved besøget, at hun kan lave mad.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Inger Kjær' }]);
  });
  it('flags the reader called by another first name at the end of a sentence, and accepts "Din hjemmetræner, Kasper Juhl"', () => {
    expect(run(`${head}Kære Karen Holm\n\nVi ved godt, at det kan være svært at betale penge tilbage, Rasmus. Din hjemmetræner, Kasper Juhl, ringer til dig.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Rasmus' }]);
  });
  it('accepts roles followed by "er", a specialty or a comma phrase', () => {
    expect(run(`${head}Kære Karen Holm\n\nDin kontaktperson er Heidi Lund. Vi har en udtalelse fra speciallæge i ortopædkirurgi Kasper Winther og fra din kontaktperson i psykiatrien, sygeplejerske Dorte Wulff.\n`)).toEqual([]);
  });
  it('accepts people introduced with a role, before or after the name', () => {
    expect(run(`${head}Kære Karen Holm\n\nDin læge, Mette Lund, skriver, at du har ondt. Bo Nygaard, skolens leder, har også skrevet. Din søn Emil går i skole.\n`)).toEqual([]);
  });
  it('flags a salutation that greets someone else than the address block (regression: boern-tabt-arbejdsfortjeneste-afslag-51)', () => {
    expect(run('Ballerup Kommune\n\nFru Henriette Lund\nMagleparken 14\n2750 Ballerup\n\nKære Louise Brandt\n\nDe har søgt om hjælp.\n')).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Louise Brandt', related: ['Henriette Lund'] }]);
  });
  it('accepts two addressees in the address block and salutation', () => {
    expect(run('Ballerup Kommune\n\nSofie og Anders Grønbæk\nLærkevej 3\n2750 Ballerup\n\nKære Sofie og Anders Grønbæk\n\nI får tilladelse. Anders har ringet til os.\n')).toEqual([]);
  });
  it('flags a name in apposition to "du" that is not the addressee', () => {
    expect(run(`${head}Kære Karen Holm\n\nDu, Lene Østergaard, fortalte på mødet, at du har ondt.\n`)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Lene Østergaard' }]);
  });
  it('accepts third parties named after a preposition, siblings named together, and people in the letterhead', () => {
    const text = 'Ballerup Kommune\nSagsbehandler: Mette Jensen\n\nKaren Holm\nLindevej 12\n2750 Ballerup\n\nKære Karen Holm\n\n'
      + 'Vi har talt med Jens Ibsen om sagen. Emil går i 3. klasse. Emil og Oscar er tvillinger. Mette Jensen har skrevet notatet.\n';
    expect(run(text)).toEqual([]);
  });
  it('flags a first name mentioned once when the letter otherwise is about another child', () => {
    const text = `${head}Kære Karen Holm\n\nOliver går i 3. klasse. Oliver har svært ved at læse.\n\nAlberte vil fortsat få støtte.\n`;
    expect(run(text)).toMatchObject([{ rule: 'navne/forkert-navn', text: 'Alberte', related: ['Oliver'] }]);
  });
});

describe('navne/forkert-kommune', () => {
  it('leaves a municipality alone where the letter says why it is there, and its later mentions too', () => {
    expect(run(`${head}Kære Karen Holm\n\nDu flyttede fra Vejle Kommune til Ballerup i februar. I Vejle havde du lånt en badebænk af Vejle Kommune. Du boede tidligere i Viborg Kommune. Du har arbejdet på et plejecenter i Slagelse Kommune.\n`)).toEqual([]);
    expect(run(`${head}Kære Karen Holm\n\nVi planlægger vores arbejde i Holstebro Kommune.\n`)).toMatchObject([{ rule: 'navne/forkert-kommune', text: 'Holstebro Kommune' }]);
  });
  it('accepts a workplace in another municipality and a foreman introduced by title', () => {
    expect(run(`${head}Kære Karen Holm\n\nDin datter fortalte, at hun arbejder som sygeplejerske i Viborg Kommune. Din arbejdsgiver har ved værkfører Henrik Østergaard oplyst, at der ikke er lettere opgaver.\n`)).toEqual([]);
  });
  it('flags another municipality named as the authority and offers the sender', () => {
    expect(run(`${head}Kære Karen Holm\n\nEsbjerg Kommune har besluttet, at du får hjælp. Kontakt Esbjerg Kommunes borgerservice.\n`)).toMatchObject([
      { rule: 'navne/forkert-kommune', text: 'Esbjerg Kommune', expected: ['Ballerup Kommune'] },
      { rule: 'navne/forkert-kommune', text: 'Esbjerg Kommunes', expected: ['Ballerup Kommunes'] },
    ]);
  });
  it('accepts a municipality mentioned for a reason', () => {
    expect(run(`${head}Kære Karen Holm\n\nDu er flyttet fra Odense Kommune. Vi har fået dine papirer fra Odense Kommune. Ballerup Kommune har besluttet sagen.\n`)).toEqual([]);
  });
});
