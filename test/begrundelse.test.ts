// begrundelse/*: reasons are required for an afgørelse that does not fully grant (forvaltningsloven §§ 22 og 24),
// recognised by what they say wherever they stand.
import { describe, expect, it } from 'vitest';
import { CONTACT, FULL_APPEAL, FULL_REASONING, REFUSAL, buildLetter, type Part } from './helpers/legal-letters.js';
import { lintText } from './helpers/session.js';

function begrundelseIds(parts: readonly Part[], format: 'markdown' | 'text' = 'markdown'): string[] {
  const text = buildLetter({ parts, format });
  return lintText(text, format).messages.filter((m) => m.topic === 'begrundelse').map((m) => m.ruleId);
}

const tail: Part[] = [['Klagevejledning', FULL_APPEAL], ['', CONTACT]];

describe('begrundelse', () => {
  it('accepts a complete begrundelse under the heading "Begrundelse"', () => {
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', FULL_REASONING], ...tail])).toEqual([]);
  });

  it('accepts a begrundelse under the heading "Kommunens vurdering"', () => {
    expect(begrundelseIds([['', REFUSAL], ['Kommunens vurdering', FULL_REASONING], ...tail])).toEqual([]);
  });

  it('accepts the reasoning in unheaded paragraphs of a plain-text letter', () => {
    expect(begrundelseIds([['', REFUSAL], ['', FULL_REASONING], ['', FULL_APPEAL], ['', CONTACT]], 'text')).toEqual([]);
  });

  it('reports begrundelse/mangler (only) when a refusal gives no reason at all, with a skeleton to insert', () => {
    const text = buildLetter({ parts: [['', REFUSAL], ['Klagevejledning', FULL_APPEAL], ['', CONTACT]] });
    const found = lintText(text).messages.filter((m) => m.topic === 'begrundelse');
    expect(found.map((m) => m.ruleId)).toEqual(['begrundelse/mangler']);
    const [missing] = found;
    expect(missing!.documentLevel).toBe(true);
    expect(missing!.end - missing!.start).toBeLessThanOrEqual(120);
    expect(missing!.insertion?.text).toContain('[LOVENS NAVN]');
    expect(missing!.insertion!.offset).toBeLessThanOrEqual(text.indexOf('## Klagevejledning'));
  });

  it('reports begrundelse/retsregel when the reasoning names no rule (a bare § is not enough)', () => {
    const reasoning = FULL_REASONING.replace('Efter serviceloven § 112, stk. 1, kan du få hjælp til et hjælpemiddel, hvis du har en varigt nedsat funktionsevne, og hjælpemidlet i væsentlig grad kan lette din hverdag.', 'Et hjælpemiddel skal lette din hverdag, jf. § 112.');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', reasoning], ...tail])).toEqual(['begrundelse/retsregel']);
  });

  it('accepts the rule stated in words ("Kommunen kan dække …, når …") with the abbreviation and paragraph', () => {
    const reasoning = FULL_REASONING.replace(/^Efter serviceloven[^\n]*/, 'Kommunen kan give et hjælpemiddel efter SEL, når det i væsentlig grad letter din hverdag, jf. § 112.');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', reasoning], ...tail])).toEqual([]);
  });

  it('reports begrundelse/hovedhensyn when a "samlet vurdering" does not say what weighed most', () => {
    const reasoning = FULL_REASONING.replace(/Vi har lagt vægt på[^\n]*/, 'Vi har vurderet, at du ikke opfylder betingelserne.');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', reasoning], ...tail])).toEqual(['begrundelse/hovedhensyn']);
  });

  it('accepts the main considerations in everyday wording or stated by a heading above them', () => {
    const vaguely = FULL_REASONING.replace(/Vi har lagt vægt på/, 'Vi har vurderet sagen samlet. Vi har især set på');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', vaguely], ...tail])).toEqual([]);
    const counted = FULL_REASONING.replace(/Vi har lagt vægt på/, 'Vi har vurderet sagen samlet. Det tæller også med i vores vurdering');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', counted], ...tail])).toEqual([]);
    const listed = FULL_REASONING.replace(/Vi har lagt vægt på, /, 'Vi har vurderet sagen.\n\nVi har lagt vægt på:\n\n- ');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', listed], ...tail])).toEqual([]);
  });

  it('reports begrundelse/fakta when the papers received are only listed, in Markdown and in plain text', () => {
    const listed = `Vi har fået disse papirer i din sag:

- din ansøgning af 3. april 2025
- en lægeerklæring fra din egen læge af 20. marts 2025
- kontoudtog fra din bank for januar til marts 2025

Efter serviceloven § 100 skal kommunen dække nødvendige merudgifter. Vi har lagt vægt på, at udgifterne skal være nødvendige.`;
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', listed], ...tail])).toEqual(['begrundelse/fakta']);
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', listed.replace('sag:\n\n', 'sag:\n')], ...tail], 'text')).toEqual(['begrundelse/fakta']);
    const used = listed.replace('- en lægeerklæring fra din egen læge af 20. marts 2025', '- en lægeerklæring af 20. marts 2025, hvor lægen skriver, at du har sklerose');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', used], ...tail])).toEqual([]);
  });

  it('counts what the citizen "selv har fortalt" as the citizen’s own information', () => {
    const reasoning = 'Efter serviceloven § 112 kan du få et hjælpemiddel. Vi har lagt vægt på, at du selv har fortalt, at du går ture på 300 meter hver dag.';
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', reasoning], ...tail])).toEqual([]);
  });

  it('recognises a rule named as "byggelovens § 16" and a rule in words ("til personer, som …")', () => {
    const byggeloven = FULL_REASONING.replace(/^Efter serviceloven § 112, stk\. 1,/, 'Efter byggelovens § 16, stk. 1,');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', byggeloven], ...tail])).toEqual([]);
    const inWords = FULL_REASONING.replace(/^Efter serviceloven[^\n]*/, 'Kommunen skal give hjælp til et hjælpemiddel til personer, som har en varigt nedsat funktionsevne, jf. § 112.');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', inWords], ...tail])).toEqual([]);
  });

  it('takes a rule in words as the legal rule only when the law is named somewhere ("reglerne i LAS"), not "Efter reglerne" alone', () => {
    const vague = FULL_REASONING.replace(/^Efter serviceloven[^\n]*/, 'Efter reglerne kan kommunen give et hjælpemiddel, hvis du har en varigt nedsat funktionsevne.');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', vague], ...tail])).toEqual(['begrundelse/retsregel']);
    const named = vague.replace('Efter reglerne kan', 'Afgørelsen bygger på reglerne i SEL. Efter reglerne kan');
    expect(begrundelseIds([['', REFUSAL], ['Begrundelse', named], ...tail])).toEqual([]);
  });

  it('accepts "vurderet, at … ikke er opfyldt, idet …" as the considerations, and a lægeattest and what "Borgeren har … oplyst" as facts', () => {
    const reasoning = 'Efter sygedagpengeloven § 27 kan sygedagpenge forlænges, hvis der er planlagt behandling. Borgeren har ved samtalen den 4. marts 2025 oplyst, at smerterne er bedre. Af lægeattesten fremgår det, at der ikke er planlagt behandling. Det er vurderet, at betingelserne ikke er opfyldt, idet der ikke er planlagt behandling.';
    expect(begrundelseIds([['', 'Dine sygedagpenge kan ikke forlænges.'], ['', reasoning], ...tail], 'text')).toEqual([]);
  });

  it('does not take advice about other options or the date the application came in for weighed facts', () => {
    const reasoning = 'Vi har fået din ansøgning den 12. august 2024.\n\nKommunen skal sørge for gratis kørsel for elever, der bor langt fra skolen, efter folkeskoleloven § 26. Malthe opfylder ikke betingelserne. Derfor kan vi ikke sige ja.';
    const advice = 'Hvis Malthe får et brud på benet, kan du søge igen. Send en lægeerklæring fra den 1. september 2024 med.';
    expect(begrundelseIds([['', REFUSAL], ['Derfor', reasoning], ['Andre muligheder', advice], ...tail])).toEqual(['begrundelse/fakta']);
  });

  it('reports begrundelse/fakta for a boilerplate begrundelse that only restates the rule and the application date', () => {
    const reasoning = `Du har søgt om en el-kørestol den 3. februar 2025.

Efter serviceloven § 112, stk. 1, kan du få hjælp til et hjælpemiddel, hvis du har en varigt nedsat funktionsevne.

Vi har lagt vægt på, at du ikke opfylder betingelserne for at få et hjælpemiddel.`;
    expect(begrundelseIds([['', 'Du får afslag på din ansøgning.'], ['Begrundelse', reasoning], ...tail])).toEqual(['begrundelse/fakta']);
  });

  it('reports nothing on a full grant without any reasoning (FVL § 22)', () => {
    const grant = 'Du har søgt om en ny el-scooter. Du får en ny el-scooter af samme type som den, du har nu. Det er det, du har søgt om.';
    expect(begrundelseIds([['', grant], ['', CONTACT]])).toEqual([]);
  });

  it('reports nothing on a partshøring that speaks of a future afgørelse and a possible afslag', () => {
    const hearing = `Vi har fået en lægeerklæring fra din læge. Før vi træffer afgørelse, vil vi gerne give dig mulighed for at komme med dine bemærkninger. Hvis vi lægger lægens oplysninger til grund, kan det betyde, at du får afslag.

Send dine bemærkninger senest den 26. marts 2025.`;
    expect(begrundelseIds([['', hearing], ['', CONTACT]])).toEqual([]);
  });

  it('works the same in a De-form letter', () => {
    const reasoning = FULL_REASONING.replace(/\bdu\b/g, 'De').replace(/\bdig\b/g, 'Dem').replace(/\bdin\b/g, 'Deres').replace(/Du skrev/g, 'De skrev');
    const refusal = 'De har søgt om en el-kørestol. De får afslag på Deres ansøgning.';
    expect(begrundelseIds([['', refusal], ['Begrundelse', reasoning], ...tail])).toEqual([]);
    expect(begrundelseIds([['', refusal], ...tail])).toEqual(['begrundelse/mangler']);
  });
});
