// klarsprog/*: stiff words, unexplained jargon, law abbreviations, bare paragraphs and passive density.
import { describe, expect, it } from 'vitest';
import { kb, lintText } from './helpers/session.js';

const found = (text: string, ruleId: string) =>
  lintText(text).messages.filter((m) => m.ruleId === ruleId).map((m) => ({ actual: m.actual, expected: m.expected, fixable: m.fixable, severity: m.severity }));

describe('klarsprog/ord', () => {
  it('has at least 80 lexicon entries, each with a source', () => {
    expect(kb.data.klarsprog.entries.length).toBeGreaterThanOrEqual(80);
    for (const e of kb.data.klarsprog.entries) expect(e.source).toMatch(/^(HB|PS|NST|SY|LK|egen)$/);
  });

  it('offers the plain word with the original casing, as a safe fix for single-word swaps', () => {
    expect(found('Såfremt du vil klage, skal du skrive til os.', 'klarsprog/ord')).toEqual([{ actual: 'Såfremt', expected: ['Hvis'], fixable: true, severity: 'info' }]);
  });

  it('carries the inflection over to the replacement', () => {
    expect(found('Brevet fremsendes til dig i morgen.', 'klarsprog/ord')[0]).toMatchObject({ actual: 'fremsendes', expected: ['sendes'] });
    expect(found('Vi har foretaget en vurdering af din sag.', 'klarsprog/ord')[0]).toMatchObject({ actual: 'foretaget en vurdering', expected: ['vurderet'] });
  });

  it('finds multiword phrases and does not offer a fix where rephrasing is needed', () => {
    const hits = found('Afgørelsen er truffet i henhold til loven. Det skal herved meddeles, at du får hjælp.', 'klarsprog/ord');
    expect(hits.map((h) => h.actual)).toEqual(['Afgørelsen er truffet', 'i henhold til', 'Det skal herved meddeles']);
    expect(hits[1]).toMatchObject({ expected: ['efter', 'ifølge'], fixable: false });
    expect(hits[0]!.expected).toBeUndefined();
  });

  it('flags "vedr." in the subject line, period included', () => {
    expect(found('Vedr.: Din ansøgning om hjælp\n\nKære Anna\n\nDu får hjælp.', 'klarsprog/ord')[0]).toMatchObject({ actual: 'Vedr.', expected: ['Om'] });
  });

  it('keeps mild everyday words at hint severity (advice, not scored)', () => {
    const hits = found('Du kan eventuelt anvende din egen bil i forbindelse med kørslen.', 'klarsprog/ord');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.severity === 'hint')).toBe(true);
  });

  it('does not flag plain Danish', () => {
    expect(found('Hvis du vil klage, skal du sende os en mail. Vi ser på sagen igen.', 'klarsprog/ord')).toEqual([]);
  });
});

describe('klarsprog/jargon', () => {
  it('flags a legal term at its first use only', () => {
    const hits = found('Vi har lavet en revurdering af din hjælp. Revurderingen viser, at du har brug for mindre hjælp.', 'klarsprog/jargon');
    expect(hits.map((h) => h.actual)).toEqual(['revurdering']);
  });

  it('accepts an explanation after the term, before it, or in parentheses', () => {
    expect(found('Kommunen genvurderer sagen, det vil sige ser på den igen.', 'klarsprog/jargon')).toEqual([]);
    expect(found('Vi ser på sagen igen – det kaldes genvurdering.', 'klarsprog/jargon')).toEqual([]);
    expect(found('Vi har sendt dig udtalelsen til partshøring (du kan komme med dine bemærkninger).', 'klarsprog/jargon')).toEqual([]);
    expect(found('Der er hjemmel til hjælpen. Det betyder, at loven giver os ret til at give den.', 'klarsprog/jargon')).toEqual([]);
  });

  it('counts a heading as the first use, unless the text under it explains the term', () => {
    const heading = '# Afgørelse\n\nKære Anna\n\n## Partshøring i din sag\n\nVi vil gerne høre, hvad du mener, før vi beslutter noget.\n';
    expect(found(heading, 'klarsprog/jargon').map((h) => h.actual)).toEqual(['Partshøring']);
    const explained = '# Afgørelse\n\nKære Anna\n\n## Partshøring i din sag\n\nVi vil gerne høre, hvad du mener, før vi beslutter noget. Det kaldes partshøring.\n';
    expect(found(explained, 'klarsprog/jargon')).toEqual([]);
  });

  it('takes "skøn" as plain in the standard appeal limit, and a heading as explained a few sentences below', () => {
    expect(found('Kære Anna\n\nDu får afslag. Byggeklageenheden kan kun tage stilling til retlige spørgsmål. Den kan ikke tage stilling til kommunens skøn.', 'klarsprog/jargon')).toEqual([]);
    const heading = 'PARTSHØRING – VI OVERVEJER AT STOPPE DINE SYGEDAGPENGE\n\nKære Kasper\n\nHermed får du mulighed for at komme med bemærkninger. Det kaldes en partshøring.\n';
    expect(found(heading, 'klarsprog/jargon')).toEqual([]);
  });

  it('counts the subject line above the greeting as a first use', () => {
    const letter = 'Ballerup Kommune\nCenter for Social\n\nKaren Holm\nLindevej 12\n2750 Ballerup\n\n20. marts 2025\n\n## Indkaldelse til møde om revurdering af din bostøtte\n\nKære Karen Holm\n\nVi vil gerne tale med dig om din bostøtte.\n';
    expect(found(letter, 'klarsprog/jargon').map((h) => h.actual)).toEqual(['revurdering']);
  });

  it('does not take "en § 56-aftale" for a bare paragraph reference', () => {
    expect(found('Kære Anna\n\nDer er ikke godkendt en § 56-aftale for din medarbejder.\n', 'klarsprog/paragraf')).toEqual([]);
  });

  it('leaves quoted statute text alone, in quotation marks or as a block quote', () => {
    const quoted = 'Kære Anna\n\nPlanloven § 35, stk. 1:\n\n    "I landzoner må der ikke uden tilladelse fra kommunalbestyrelsen foretages udstykning, jf. §§ 36 og 37."\n\nDu får tilladelsen.';
    expect(found(quoted, 'klarsprog/paragraf')).toEqual([]);
    const blockQuote = 'Kære Anna\n\nPlanloven § 35, stk. 1:\n\n> I landzoner må der ikke foretages udstykning, jf. §§ 36 og 37.\n\nDu får tilladelsen.';
    expect(found(blockQuote, 'klarsprog/paragraf')).toEqual([]);
    expect(found('Kære Anna\n\nDu kan søge igen, jf. § 36.\n', 'klarsprog/paragraf')).toHaveLength(1);
  });

  it('does not take the name of a unit for jargon', () => {
    expect(found('Ældre og Sundhed\nVisitationen\n\nKære Anna\n\nDu kan klage til Visitationen. Visitationen ser på sagen igen.', 'klarsprog/jargon')).toEqual([]);
  });
});

describe('klarsprog/forkortelse', () => {
  it('flags the first unexplained law abbreviation and offers the name', () => {
    const hits = found('Vi har behandlet din ansøgning efter SEL. Efter SEL § 100 kan vi give hjælp.', 'klarsprog/forkortelse');
    expect(hits).toEqual([{ actual: 'SEL', expected: ['serviceloven'], fixable: true, severity: 'info' }]);
  });

  it('accepts an abbreviation after the law has been named', () => {
    expect(found('Efter lov om aktiv socialpolitik (LAS) § 81 kan vi hjælpe. Efter LAS § 82 kan vi også.', 'klarsprog/forkortelse')).toEqual([]);
  });
});

describe('klarsprog/paragraf', () => {
  it('flags a paragraph when the sentence names no law', () => {
    expect(found('Du kan få hjælp til merudgifter, jf. § 100.', 'klarsprog/paragraf').map((h) => h.actual)).toEqual(['jf. § 100']);
  });

  it('accepts a paragraph with the law or a local rule set named in words', () => {
    expect(found('Efter servicelovens § 100 kan du få hjælp. Det står i barnets lov § 32. Lokalplanen siger i § 7, at huset er for højt.', 'klarsprog/paragraf')).toEqual([]);
  });
});

describe('klarsprog/passiv', () => {
  it('reports a paragraph dense with passives as a hint with the count', () => {
    const r = lintText('Ansøgningen er blevet vurderet, og der træffes afgørelse. Hjælpen bevilges ikke, og sagen afsluttes. Klagen sendes til kommunen.');
    const m = r.messages.find((x) => x.ruleId === 'klarsprog/passiv');
    expect(m?.severity).toBe('hint');
    expect(m?.reason).toMatch(/5 passive former/);
  });

  it('counts neither the imperative nor deponent verbs', () => {
    const text = 'Send klagen til os. Ring til os, hvis du synes, det er svært. Det lykkes nok. Der findes hjælp. Skriv til os.';
    expect(found(text, 'klarsprog/passiv')).toEqual([]);
  });
});
