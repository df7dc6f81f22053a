// tiltale/blandet: "De" and "du" mixed for the addressee; the minority form is flagged.
import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

const found = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'tiltale/blandet').map((m) => ({ actual: m.actual, expected: m.expected }));

describe('tiltale/blandet', () => {
  it('flags the polite form in a du-letter, with the plain form as replacement', () => {
    expect(found('Tak for din ansøgning. Vi kommer hjem til dig. Vi ringer til Dem en uge før, så du kan sige, om det passer dig.')).toEqual([{ actual: 'Dem', expected: ['dig'] }]);
  });

  it('flags the plain form in a De-letter', () => {
    expect(found('Vi har behandlet Deres ansøgning. De får hjælp fra den 1. maj. Vi ringer til Dem. Hvis du har spørgsmål, kan De ringe.')).toEqual([{ actual: 'du', expected: ['De'] }]);
  });

  it('does not count a sentence-initial "De" meaning "they" in a du-letter', () => {
    expect(found('Du har sendt os kontoudtog fra din bank. De viser, at du havde penge på kontoen.')).toEqual([]);
    expect(found('Din bror og to venner vil hjælpe dig med at flytte. De kan bære de tunge ting.')).toEqual([]);
  });

  it('does not count "De" before a number or a plural noun phrase', () => {
    expect(found('Vi har behandlet Deres ansøgning. De 3 timer kan deles over to besøg. De andre timer bortfalder.')).toEqual([]);
  });

  it('treats the plain plural "jer" like "du" and suggests the plural form (skole-skoleskift-afslag-01)', () => {
    expect(found('Vi har behandlet jeres ansøgning. Vi forstår, at det er vigtigt for jer. Vi kan ikke give jer en plads, og I får besked, hvis der bliver plads. Vi skrev til Dem i går.')).toEqual([{ actual: 'Dem', expected: ['jer'] }]);
  });

  it('reports neighbouring slips in one sentence as one finding with one fix', () => {
    expect(found('Vi har behandlet jeres ansøgning. Det er vigtigt for jer, og vi giver jer besked. De skrev i Deres ansøgning, at Noah er glad for skolen.')).toEqual([{ actual: 'De skrev i Deres', expected: ['I skrev i jeres'] }]);
  });

  it('is silent when the letter uses one form throughout', () => {
    expect(found('Vi har behandlet Deres ansøgning. De får hjælp. De kan ringe til os.')).toEqual([]);
    expect(found('Vi har behandlet din ansøgning. Du får hjælp. I din ansøgning skriver du, at du har ondt.')).toEqual([]);
  });
});
