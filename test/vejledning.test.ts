// vejledning/kontakt: a refusal must say whom to contact with questions or point to other help.
import { describe, expect, it } from 'vitest';
import { CONTACT, FULL_APPEAL, FULL_REASONING, REFUSAL, buildLetter, type Part } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

const ids = (parts: readonly Part[], signature?: string): string[] =>
  lintText(buildLetter({ parts, ...(signature ? { signature } : {}) })).messages.filter((m) => m.topic === 'vejledning').map((m) => m.ruleId);

const decision: Part[] = [['', REFUSAL], ['Begrundelse', FULL_REASONING], ['Klagevejledning', FULL_APPEAL]];

describe('vejledning', () => {
  it('reports vejledning/kontakt on a refusal without contact or pointer to help', () => {
    expect(ids(decision)).toEqual(['vejledning/kontakt']);
  });

  it('accepts a phone number or e-mail in the contact paragraph or the signature', () => {
    expect(ids([...decision, ['', CONTACT]])).toEqual([]);
    expect(ids(decision, 'Med venlig hilsen\n\nSofie Berg\nTlf. 72 36 12 34')).toEqual([]);
  });

  it('accepts a pointer to other help (the borgerrådgiver)', () => {
    expect(ids([...decision, ['', 'Hvis du vil have hjælp fra en uvildig person, kan du kontakte kommunens borgerrådgiver.']])).toEqual([]);
  });

  it('does not ask for contact details on a full grant', () => {
    expect(ids([['', 'Du har søgt om en ny el-scooter. Vi kan sige ja til din ansøgning.']])).toEqual([]);
  });
});
