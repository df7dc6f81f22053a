import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

function cprFindings(text: string): string[] {
  return lintText(text).messages.filter((m) => m.ruleId === 'persondata/cpr').map((m) => text.slice(m.start, m.end));
}

describe('persondata/cpr', () => {
  it('flags a full CPR number with a valid date and offers a masked replacement', () => {
    const text = 'Ansøger: Karen Holm, CPR-nr. 120361-1234, bor i Ballerup.';
    const result = lintText(text);
    const finding = result.messages.find((m) => m.ruleId === 'persondata/cpr');
    expect(text.slice(finding!.start, finding!.end)).toBe('120361-1234');
    expect(finding!.expected).toEqual(['120361-xxxx']);
  });

  it('accepts ten digits without separator only when the text says CPR', () => {
    expect(cprFindings('CPR: 1203611234')).toEqual(['1203611234']);
    expect(cprFindings('Sagsnummer 1203611234')).toEqual([]);
  });

  it('ignores numbers that are not dates, phone numbers and case numbers', () => {
    expect(cprFindings('Sagsnr. 27.12.04-P20-1-24, telefon 72 36 12 34, kontonr. 991399-1234, 320199-1234')).toEqual([]);
  });
});
