// dates: date mentions with and without year and weekday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../server/src/engine/dates.js';
import { kb } from './helpers/session.js';

const vocabulary = kb.data.dates;

describe('findDates', () => {
  it('reads full dates in three notations with an optional weekday', () => {
    const found = findDates('mandag den 14. marts 2025, 14.03.2025 og 2025-03-14', vocabulary);
    expect(found.map((d) => [d.date.day, d.date.month, d.date.year, d.weekday?.index])).toEqual([[14, 3, 2025, 0], [14, 3, 2025, undefined], [14, 3, 2025, undefined]]);
  });
  it('reads a weekday followed by a comma ("torsdag, den 12. marts 2026")', () => {
    expect(findDates('torsdag, den 12. marts 2026', vocabulary)[0]).toMatchObject({ start: 0, weekday: { index: 3 } });
  });
  it('gives a yearless date the year of the letter, or of the range end right after it', () => {
    const found = findDates('Dato: 12. marts 2026. Mødet er fredag d. 3. april. Perioden fra 1. september til 30. november 2025.', vocabulary);
    expect(found.map((d) => [d.date.day, d.date.month, d.date.year, d.yearInferred ?? false])).toEqual([
      [12, 3, 2026, false], [3, 4, 2026, true], [1, 9, 2025, true], [30, 11, 2025, false],
    ]);
  });
});
