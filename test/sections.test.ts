// Sections: where the letterhead ends, and which role a part has, from its heading or its content.
import { describe, expect, it } from 'vitest';
import { FULL_APPEAL, FULL_REASONING, REFUSAL, buildLetter } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

const roles = (text: string, format: 'markdown' | 'text' = 'markdown') => lintText(text, format).model.sections.map((s) => s.role);

describe('sections', () => {
  it('recognises "Kommunens vurdering" as the begrundelse and "Hvis du vil klage" as the klagevejledning', () => {
    const text = buildLetter({ parts: [['', REFUSAL], ['Kommunens vurdering', FULL_REASONING], ['Hvis du vil klage', FULL_APPEAL]] });
    expect(roles(text)).toEqual(expect.arrayContaining(['brevhoved', 'begrundelse', 'klagevejledning', 'signatur']));
  });

  it('finds the klagevejledning by content in an unheaded plain-text letter', () => {
    const text = buildLetter({ format: 'text', parts: [['', REFUSAL], ['', FULL_REASONING], ['', FULL_APPEAL]] });
    expect(roles(text, 'text')).toContain('klagevejledning');
  });

  it('does not end the letterhead at a one-line address with many words', () => {
    const text = `Aalunde Kommune · Byggeri og Plan · Stationsvej 9 · 8420 Aalunde

Sofie Grønbæk

## Du får byggetilladelse til dit nye udhus

Kære Sofie Grønbæk

Tak for din ansøgning. Du får tilladelse til at bygge et udhus på 24 m².
`;
    const model = lintText(text).model;
    expect(model.headerEnd).toBe(text.indexOf('## Du får'));
    expect(model.facts.outcome).toBe('fuld');
  });
});

// Regression tests from the held-out letters: where the letterhead ends.
describe('letterhead and body', () => {
  it('does not take "Til: name" for a greeting, and keeps the first body paragraph out of the letterhead', () => {
    const text = 'Vordingborg Kommune\nCenter for Handicap og Psykiatri\n\nTil: Nikolaj Berg\nHøjskolevej 3\n4760 Vordingborg\n\nDato: 12. august 2025\n\nDu får hjælp i dit hjem\n\nDu har søgt om hjælp til at få styr på din hverdag. Du får den hjælp, du har søgt om, 3 timer om ugen.\n\nVenlig hilsen\nKarin Olsen';
    const result = lintText(text, 'text');
    const body = result.facts.sections.find((s) => text.slice(s.start, s.end).includes('Du får den hjælp'))!;
    expect(body.role).not.toBe('brevhoved');
    expect(result.outcome).toBe('fuld');
  });

  it('does not read a letterhead line with "Tlf. 87 87 50 00" as running text', () => {
    const text = '# Viborg Kommune\n### Børn og Familie\nPrinsens Allé 5, 8800 Viborg · Tlf. 87 87 50 00\n\nMette Frandsen\nKirkebakken 6\n8830 Tjele\n\n## Afslag på dækning af merudgifter\n\nKære Mette Frandsen\n\nVi har behandlet din ansøgning. Du får ikke dækket udgifterne.';
    const { model } = lintText(text);
    expect(model.headerEnd).toBeGreaterThan(text.indexOf('Kirkebakken'));
  });
});
