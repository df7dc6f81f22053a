// datoer: weekdays checked against the calendar, deadlines against the letter's own date.
import { describe, expect, it } from 'vitest';
import { datoer } from '../server/src/checks/datoer.js';
import { lint } from '../server/src/engine/lint.js';
import { kb } from './helpers/session.js';

function run(text: string) {
  return lint(text, { format: 'text', kb, checks: [datoer] }).messages.map((m) => ({ rule: m.ruleId, text: text.slice(m.start, m.end), expected: m.expected, reason: m.reason }));
}
const letter = (body: string): string => `Ballerup Kommune\n\nKaren Holm\nLindevej 12\n2750 Ballerup\n\nBallerup, 20. marts 2025\n\nKære Karen Holm\n\n${body}\n`;

describe('datoer/ugedag', () => {
  it('flags a weekday that does not match and offers the right one', () => {
    const [f] = run('Vi kommer mandag den 14. marts 2025 kl. 10.');
    expect(f).toMatchObject({ rule: 'datoer/ugedag', text: 'mandag', expected: ['fredag'] });
    expect(f!.reason).toContain('14. marts 2025');
  });
  it('accepts a matching weekday, also in capitals and without a year', () => {
    expect(run('Fredag den 14. marts 2025 kl. 10.')).toEqual([]);
    expect(run(letter('Vi kommer fredag den 28. marts kl. 10.'))).toEqual([]);
  });
  it('takes the letter year for a date without a year', () => {
    expect(run(letter('Vi kommer mandag den 28. marts kl. 10.'))).toMatchObject([{ rule: 'datoer/ugedag', expected: ['fredag'] }]);
  });
});

describe('datoer/frist', () => {
  it('reads the period in the sentence before ("Du skal altså klage senest …") and "inden 14 dage"', () => {
    expect(run(letter('Klagen skal være sendt inden 4 uger efter, at du har fået dette brev. Du skal altså klage senest den 3. april 2025.'))).toMatchObject([{ rule: 'datoer/frist', text: '3. april 2025' }]);
    expect(run(letter('Send os dine bemærkninger inden 14 dage, altså senest den 24. marts 2025.'))).toMatchObject([{ rule: 'datoer/frist', text: '24. marts 2025' }]);
    expect(run(letter('Send os dine bemærkninger inden 14 dage, altså senest den 3. april 2025.'))).toEqual([]);
  });

  it('flags a deadline before the letter date (regression: kvittering-aktindsigt-01)', () => {
    expect(run(letter('Vi sender dokumenterne senest den 13. marts 2025.'))).toMatchObject([{ rule: 'datoer/frist', text: '13. marts 2025' }]);
  });
  it('flags a date that does not match the stated period (the topic example)', () => {
    expect(run(letter('Du kan klage inden 4 uger, det vil sige senest den 10. april 2025.'))).toMatchObject([{ rule: 'datoer/frist' }]);
    expect(run(letter('Din klage skal være modtaget senest den 3. april 2025, altså fire uger efter, at du har fået dette brev.'))).toMatchObject([{ rule: 'datoer/frist' }]);
  });
  it('leaves a past deadline in a sentence about the past alone', () => {
    expect(run(letter('Vi bad dig sende papirerne senest den 10. marts 2025, men vi har ikke fået dem.'))).toEqual([]);
  });
  it('accepts a correct deadline and past dates that are no deadlines', () => {
    expect(run(letter('Du kan klage inden 4 uger, det vil sige senest den 17. april 2025. Du søgte den 1. marts 2025.'))).toEqual([]);
  });
});
