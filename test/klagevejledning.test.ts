// klagevejledning/*: an appealable afgørelse that does not fully grant must name the klageinstans, the deadline and
// how to complain (forvaltningsloven § 25); the right route per area comes from rules/data/klageinstanser.yaml.
import { describe, expect, it } from 'vitest';
import { CONTACT, FULL_APPEAL, FULL_REASONING, REFUSAL, buildLetter, type Part } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

function appealFindings(parts: readonly Part[], format: 'markdown' | 'text' = 'markdown') {
  const text = buildLetter({ parts, format });
  return { text, found: lintText(text, format).messages.filter((m) => m.topic === 'klagevejledning') };
}
const ids = (parts: readonly Part[], format: 'markdown' | 'text' = 'markdown'): string[] => appealFindings(parts, format).found.map((m) => m.ruleId);

const head: Part[] = [['', REFUSAL], ['Begrundelse', FULL_REASONING]];

describe('klagevejledning', () => {
  it('accepts a complete klagevejledning for the social area', () => {
    expect(ids([...head, ['Klagevejledning', FULL_APPEAL], ['', CONTACT]])).toEqual([]);
  });

  it('accepts body and deadline in one unheaded sentence, with the way to the municipality', () => {
    const oneSentence = 'Hvis du er uenig, kan du klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet, ved at sende klagen til os, så vi kan se på sagen igen.';
    expect(ids([...head, ['', oneSentence], ['', CONTACT]], 'text')).toEqual([]);
  });

  it('reports klagevejledning/mangler with a skeleton for the area when nothing is said about complaining', () => {
    const { text, found } = appealFindings([...head, ['', CONTACT]]);
    expect(found.map((m) => m.ruleId)).toEqual(['klagevejledning/mangler']);
    const insertion = found[0]!.insertion!;
    expect(insertion.text).toContain('Ankestyrelsen');
    expect(insertion.text).toContain('[DATO]');
    expect(insertion.offset).toBe(text.indexOf(CONTACT));
    // The skeleton's placeholder is flagged by the template check until the writer fills it in.
    const withSkeleton = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
    const after = lintText(withSkeleton).messages;
    expect(after.filter((m) => m.topic === 'klagevejledning')).toEqual([]);
    expect(after.some((m) => m.ruleId === 'skabelon/pladsholder' && m.actual === '[DATO]')).toBe(true);
  });

  it('reports klagevejledning/instans when no klageinstans is named', () => {
    const appeal = FULL_APPEAL.replace('til Ankestyrelsen. Din', '. Din').replace(', sender vi den til Ankestyrelsen', ', sender vi den videre');
    expect(ids([...head, ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/instans']);
  });

  it('reports klagevejledning/frist when there is no deadline (the municipality forwarding within 4 weeks is not one)', () => {
    const appeal = 'Du kan klage over afgørelsen til Ankestyrelsen. Send klagen til os. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi den til Ankestyrelsen inden 4 uger.';
    expect(ids([...head, ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/frist']);
  });

  it('reports klagevejledning/fremgangsmaade when a social complaint is sent straight to Ankestyrelsen', () => {
    const appeal = 'Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter, at du har fået brevet. Klagen sendes direkte til Ankestyrelsen.';
    expect(ids([...head, ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/fremgangsmaade']);
  });

  it('reports klagevejledning/forkert for a wrong deadline', () => {
    const appeal = FULL_APPEAL.replace('inden 4 uger', 'inden 8 uger');
    const { found } = appealFindings([...head, ['Klagevejledning', appeal], ['', CONTACT]]);
    expect(found.map((m) => m.ruleId)).toEqual(['klagevejledning/forkert']);
    expect(found[0]!.reason).toContain('8');
  });

  it('reports klagevejledning/forkert when an appealable decision is said not to be appealable', () => {
    expect(ids([...head, ['', 'Afgørelsen kan ikke påklages.'], ['', CONTACT]])).toEqual(['klagevejledning/forkert']);
  });

  it('reports klagevejledning/forkert for Byggeklageenheden in a landzone case', () => {
    const refusal = 'Du får afslag på landzonetilladelse til en hestestald efter planlovens § 35, stk. 1.';
    const appeal = 'Du kan klage til Byggeklageenheden inden 4 uger efter, at du har fået afgørelsen. Du klager via Klageportalen.';
    expect(ids([['', refusal], ['Begrundelse', FULL_REASONING], ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/forkert']);
  });

  it('reports klagevejledning/forkert for Planklagenævnet in a case under byggeloven alone, not when a lokalplan is involved', () => {
    const refusal = 'Du får ikke dispensation fra bygningsreglementets højdegrænse, og vi kan derfor ikke give dig byggetilladelse til udestuen efter byggeloven.';
    const appeal = 'Du kan klage til Planklagenævnet inden 4 uger efter, at du har fået afgørelsen. Du klager via Klageportalen.';
    expect(ids([['', refusal], ['Begrundelse', FULL_REASONING], ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/forkert']);
    const withLokalplan = refusal.replace('bygningsreglementets højdegrænse', 'lokalplanens højdegrænse');
    expect(ids([['', withLokalplan], ['Begrundelse', FULL_REASONING], ['Klagevejledning', appeal], ['', CONTACT]])).toEqual([]);
  });

  it('reports a deadline given in days ("14 dage") that is not the area\'s, and accepts "kan ikke klage over" a granted part', () => {
    const days = FULL_APPEAL.replace('inden 4 uger', 'inden 14 dage');
    expect(ids([...head, ['Klagevejledning', days], ['', CONTACT]])).toEqual(['klagevejledning/forkert']);
    const part = FULL_APPEAL.replace('Du kan klage over afgørelsen til Ankestyrelsen.', 'Du kan klage over afslaget til Ankestyrelsen. Du kan ikke klage over badebænken, fordi du har fået den.');
    expect(ids([...head, ['Klagevejledning', part], ['', CONTACT]])).toEqual([]);
  });

  it('reports klagevejledning/mangler (only) when the appeal guidance is just a link', () => {
    expect(ids([...head, ['Hvis du er uenig', 'Læs om dine klagemuligheder på odense.dk/klage.'], ['', CONTACT]])).toEqual(['klagevejledning/mangler']);
  });

  it('does not take "klageinstansen" for a named klageinstans', () => {
    const appeal = FULL_APPEAL.replace('til Ankestyrelsen. Din', '. Din').replace(', sender vi den til Ankestyrelsen', ', sender vi den videre til klageinstansen');
    expect(ids([...head, ['Klagevejledning', appeal], ['', CONTACT]])).toEqual(['klagevejledning/instans']);
  });

  it('accepts the way through the municipality in everyday words ("Vi ser først på sagen igen")', () => {
    const appeal = 'Hvis I mener, at afgørelsen er forkert, kan I klage. Fristen for at klage er fire uger. I kan klage via Klageportalen eller ringe til mig. Vi ser først på sagen igen. Hvis vi fastholder den, sender vi jeres klage videre til Ankestyrelsen.';
    expect(ids([...head, ['Jeres muligheder for at klage', appeal], ['', CONTACT]])).toEqual([]);
  });

  it('accepts "kan ikke påklages" where no administrative appeal exists (skolebefordring)', () => {
    const refusal = 'Du har søgt om befordring til skolen for din søn. Du får afslag, fordi afstanden er under 2,5 km, jf. folkeskoleloven § 26, stk. 1.';
    expect(ids([['', refusal], ['', 'Afgørelsen kan ikke påklages til anden administrativ myndighed.'], ['', CONTACT]])).toEqual([]);
  });

  it('reports nothing on a full grant or on a meeting invitation', () => {
    const grant = 'Du har søgt om ledsagelse. Du får ledsagelse 15 timer om måneden. Det er det antal timer, du har søgt om.';
    const meeting = 'Vi vil gerne invitere dig til et møde om din ansøgning om en el-kørestol. Mødet holdes tirsdag den 25. marts 2025 kl. 10 på rådhuset.';
    expect(ids([['', grant], ['', CONTACT]])).toEqual([]);
    expect(ids([['', meeting], ['', CONTACT]])).toEqual([]);
  });

  it('works the same in a De-form letter', () => {
    const appeal = 'De kan klage over afgørelsen til Ankestyrelsen. Deres klage skal være hos os inden 4 uger efter, at De har fået brevet. Send klagen til os, så ser vi på sagen igen.';
    expect(ids([['', 'De får afslag på Deres ansøgning om en el-kørestol.'], ['Begrundelse', FULL_REASONING], ['Hvis De vil klage', appeal], ['', CONTACT]])).toEqual([]);
  });
});
