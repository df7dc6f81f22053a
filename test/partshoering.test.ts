// partshoering/mangler (hint): a refusal that relies on information from others with no sign the citizen was heard.
import { describe, expect, it } from 'vitest';
import { CONTACT, FULL_APPEAL, REFUSAL, buildLetter, type Part } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

const rule = 'Efter serviceloven § 112, stk. 1, kan du få et hjælpemiddel, hvis det i væsentlig grad letter din hverdag.';
const doctor = 'Din læge skriver i en lægeerklæring den 28. februar 2025, at du kan gå 400 meter med stok. Vi har lagt vægt på lægens oplysninger.';
const heard = 'Vi sendte dig lægeerklæringen den 3. marts 2025 og bad om dine bemærkninger. Du svarede den 10. marts 2025, at du har flere smerter om aftenen.';

function hints(parts: readonly Part[]) {
  return lintText(buildLetter({ parts })).messages.filter((m) => m.topic === 'partshoering');
}

describe('partshoering', () => {
  it('hints partshoering/mangler when a refusal rests on a doctor’s statement the citizen has not seen', () => {
    const found = hints([['', REFUSAL], ['Begrundelse', `${rule}\n\n${doctor}`], ['Klagevejledning', FULL_APPEAL], ['', CONTACT]]);
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([['partshoering/mangler', 'hint']]);
    expect(found[0]!.documentLevel).toBe(true);
  });

  it('stays silent when the letter says the citizen was heard', () => {
    expect(hints([['', REFUSAL], ['Begrundelse', `${rule}\n\n${doctor}\n\n${heard}`], ['Klagevejledning', FULL_APPEAL], ['', CONTACT]])).toEqual([]);
  });

  it('stays silent on a partshøring letter itself, which mentions the doctor and a future afgørelse', () => {
    const hearing = `Vi har fået en lægeerklæring fra din læge. Før vi træffer afgørelse, vil vi gerne give dig mulighed for at komme med dine bemærkninger. ${doctor}`;
    expect(hints([['', hearing], ['', CONTACT]])).toEqual([]);
  });
});
