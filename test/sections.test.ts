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
