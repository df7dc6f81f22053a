// grammatik: each rule fires on its clear pattern, offers the correction, and stays quiet on correct Danish.
import { describe, expect, it } from 'vitest';
import { grammatik } from '../server/src/checks/grammatik.js';
import { lint } from '../server/src/engine/lint.js';
import { kb } from './helpers/session.js';

function findings(text: string): string[] {
  return lint(text, { format: 'text', kb, checks: [grammatik] }).messages.map((m) => `${m.ruleId} ${text.slice(m.start, m.end)}→${m.expected?.[0] ?? ''}`);
}

describe('grammatik/nutids-r', () => {
  it('flags present tense after a modal, also with the subject in between', () => {
    expect(findings('Du skal sender lønsedlerne til os.')).toEqual(['grammatik/nutids-r sender→sende']);
    expect(findings('Derfor skal du sender os nye oplysninger.')).toEqual(['grammatik/nutids-r sender→sende']);
    expect(findings('Har du spørgsmål, skal du blot kontakter mig på telefon.')).toEqual(['grammatik/nutids-r kontakter→kontakte']);
    expect(findings('Hvis du ikke har nogle kontoudtog, kan du hente dem i netbanken.')).toEqual(['grammatik/nogen-nogle nogle→nogen']);
    expect(findings('Du kan ligge penge til side hver måned.')).toEqual(['grammatik/ligge-laegge ligge→lægge']);
    expect(findings('Vi skal derefter se på din sag igen.')).toEqual([]);
    expect(findings('Du kan ikke får hjælp.')).toEqual(['grammatik/nutids-r får→få']);
  });
  it('flags present tense after infinitive "at" (regression: beskaeftigelse-jobafklaring-fuld-06)', () => {
    expect(findings('Giv os besked, så vi kan nå at hører det.')).toEqual(['grammatik/nutids-r hører→høre']);
    expect(findings('Vi beder dig om at ringer til os.')).toEqual(['grammatik/nutids-r ringer→ringe']);
  });
  it('leaves infinitives, conjunction "at", adverbs and nouns for people alone', () => {
    expect(findings('Du skal sende lønsedlerne. Vi vurderer, at udgifter til medicin er dækket.')).toEqual([]);
    expect(findings('Der kan der være ventetid. Derfor skal lærer Hansen deltage. Det kan over tid ændre sig.')).toEqual([]);
    expect(findings('Vi har oplyst, at borgeren sender papirerne. Du kan, når du vil, ringe.')).toEqual([]);
  });
  it('leaves an inverted plural subject alone (regression: beskaeftigelse-kontanthjaelp-afslag-l07)', () => {
    expect(findings('Efter lovens § 14 skal ægtefæller først bruge deres formue. Derfor skal borgere altid sende papirerne.')).toEqual([]);
  });
  it('flags a present tense after an inverted name subject', () => {
    expect(findings('Derfor kan Noah får aflastning.')).toEqual(['grammatik/nutids-r får→få']);
  });
});

describe('grammatik/forsat', () => {
  it('flags "forsat" and its inflections, keeping the capital', () => {
    expect(findings('Forsat fokus på rehabilitering. Din træning forsætter.')).toEqual(['grammatik/forsat Forsat→Fortsat', 'grammatik/forsat forsætter→fortsætter']);
  });
  it('does not flag "fortsat" or "forsætlig"', () => {
    expect(findings('Du får fortsat hjælp. Det var ikke forsætligt.')).toEqual([]);
  });
});

describe('grammatik/ligge-laegge', () => {
  it('flags "ligge" with an object after a modal or "at"', () => {
    expect(findings('Når maden kommer, skal du ligge den i køleskabet.')).toEqual(['grammatik/ligge-laegge ligge→lægge']);
    expect(findings('Du kan ligge dokumenterne i vores postkasse.')).toEqual(['grammatik/ligge-laegge ligge→lægge']);
    expect(findings('Vi har ligget vægt på din lægeerklæring.')).toEqual(['grammatik/ligge-laegge ligget→lagt']);
  });
  it('leaves "ligge" meaning to lie or be placed alone', () => {
    expect(findings('Her ligger den. Sagen har ligget hos Ankestyrelsen. Du kan ligge ned. Vi har lagt vægt på det.')).toEqual([]);
  });
});

describe('grammatik/nogen-nogle', () => {
  it('flags "nogen" before a plural in a positive clause', () => {
    expect(findings('Før vi kan behandle den, skal vi bruge nogen flere oplysninger.')).toEqual(['grammatik/nogen-nogle nogen→nogle']);
    expect(findings('Vi kan se, at I har nogen udgifter til madvarer.')).toEqual(['grammatik/nogen-nogle nogen→nogle']);
  });
  it('accepts "nogen" in negative, conditional and question clauses, and before a singular', () => {
    expect(findings('Vi har ikke fået nogen oplysninger. Hvis du har nogen spørgsmål, så ring. Har du nogen papirer? Du kan få nogen hjælp.')).toEqual([]);
  });
});

describe('grammatik/sin-hans', () => {
  it('flags "sin" coordinated with "du"', () => {
    expect(findings('Du og sin datter er velkomne til mødet.')).toEqual(['grammatik/sin-hans sin→din']);
  });
  it('accepts "sin" referring to the subject (regression: boern-aflastning-afslag-51)', () => {
    expect(findings('Magnus har store konflikter med dig og sin lillesøster.')).toEqual([]);
  });
});
