// tone/*: reproach, repeated reminders, blame-shifting and lecturing, as phrase families with variants.
import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

const rules = (text: string) => lintText(text).messages.filter((m) => m.topic === 'tone').map((m) => `${m.ruleId}: ${m.actual}`);

describe('tone', () => {
  it('finds reproach for not knowing, in its variants', () => {
    expect(rules('Det fremgår jo klart af reglerne, at du skal oplyse om løn.')).toEqual(['tone/bebrejdelse: Det fremgår jo klart']);
    expect(rules('Som du burde vide, skal du oplyse os om din løn.')).toEqual(['tone/bebrejdelse: Som du burde vide']);
    expect(rules('Reglerne om indtægter fremgår jo tydeligt af den pjece, du fik.')).toHaveLength(1);
    expect(rules('Det stod ikke i din ansøgning. Det burde du have skrevet.')).toEqual(['tone/bebrejdelse: Det burde du have skrevet']);
    expect(rules('Du kan ikke få hjælpen. Det står jo tydeligt på vores hjemmeside.')).toEqual(['tone/bebrejdelse: står jo tydeligt']);
  });

  it('leaves the legal test of repayment cases alone ("burde have vidst")', () => {
    expect(rules('Vi mener derfor, at du burde have vidst, at du skulle fortælle os om lønnen.')).toEqual([]);
    expect(rules('Vi mener, at du burde vide, at du ikke havde ret til hjælpen.')).toEqual([]);
    expect(rules('Du har ingen opsparing. Du burde vide, at man skal sætte penge til side.')).toEqual(['tone/bebrejdelse: Du burde vide, at man']);
  });

  it('finds repeated-reminder reproach with or without "nu", "flere" or "gentagne"', () => {
    expect(rules('Vi har nu flere gange forklaret dig reglerne.')).toEqual(['tone/gentagelse: Vi har nu flere gange forklaret']);
    expect(rules('Kommunen har gentagne gange gjort dig opmærksom på fristen.')).toHaveLength(1);
    expect(rules('Du har ikke sendt papirerne. Vi har nu flere gange bedt dig om dem.')).toEqual(['tone/gentagelse: Vi har nu flere gange bedt']);
    expect(rules('Du har ikke sendt papirerne. Det burde I vide.')).toEqual(['tone/bebrejdelse: Det burde I vide']);
    expect(rules('Som vi flere gange har forklaret dig, kan du ikke få mere hjælp.')).toHaveLength(1);
  });

  it('finds blame-shifting', () => {
    expect(rules('Hvordan du får fjernet taget, det må du selv sørge for.')).toEqual(['tone/ansvarsfraskrivelse: det må du selv sørge for']);
    expect(rules('Det er ikke kommunens problem, at bussen om morgenen er forsinket.')).toHaveLength(1);
    expect(rules('Hvis bussen ikke kommer, så må du selv finde ud af det.')).toHaveLength(1);
  });

  it('finds lecturing about the future', () => {
    expect(rules('Vi forventer, at du fremover søger om tilladelse.')).toEqual(['tone/belaerende: forventer, at du fremover']);
    expect(rules('Du skal fremover selv sørge for at sende lønsedler.')).toHaveLength(1);
    expect(rules('Vi forventer, at du i fremtiden giver besked til jobcentret.')).toHaveLength(1);
  });

  it('leaves neutral instructions, plans and the legal "burde have vidst" test alone (oekonomi-tilbagebetaling-51)', () => {
    expect(rules('Du skal selv finde en praktikplads inden den 1. november. Vi forventer at træffe afgørelse i maj. Du får fremover rengøring hver tredje uge. Vi mener, at du burde have vidst, at du skulle oplyse om lønnen.')).toEqual([]);
  });
});
