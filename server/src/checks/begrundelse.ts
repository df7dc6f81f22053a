// Begrundelse (forvaltningsloven §§ 22 og 24): an afgørelse that does not fully grant must give reasons: the rule,
// the main considerations when there was discretion, and the facts of the case. The reasoning is recognised by
// what it says (rule, weighing, the citizen's own information) wherever it stands, headed or not.
import { BULLET_LINE } from '../engine/blocks.js';
import type { Check } from '../engine/check.js';
import { legalData } from './legal/compiled.js';
import { insertionOffset, isContestedDecision, legalRegions, sectionText } from './legal/regions.js';

export const begrundelse: Check = {
  meta: {
    id: 'begrundelse',
    topic: 'begrundelse',
    rules: ['begrundelse/mangler', 'begrundelse/retsregel', 'begrundelse/hovedhensyn', 'begrundelse/fakta'],
    messages: {
      mangler: 'Afgørelsen giver ikke fuldt ud medhold, men brevet forklarer ikke hvorfor. Skriv en begrundelse med reglen, de oplysninger vi har brugt og det, vi har lagt vægt på. Ellers kan borgeren ikke vurdere, om afgørelsen er rigtig, eller om det er værd at klage (forvaltningsloven § 22).',
      retsregel: 'Begrundelsen nævner ikke, hvilken regel afgørelsen bygger på. Skriv lovens navn og paragraffen med stykke, fx "serviceloven § 112, stk. 1", og forklar reglen med dine egne ord, så borgeren kan se, hvad kravene er (forvaltningsloven § 24, stk. 1).',
      hovedhensyn: 'Brevet siger, at vi har lavet en vurdering, men ikke hvad der var afgørende. Skriv de vigtigste hensyn, fx "Vi har lagt vægt på, at …", så borgeren kan se, hvorfor vurderingen faldt sådan ud (forvaltningsloven § 24, stk. 1, 2. pkt.).',
      fakta: 'Begrundelsen er generel og nævner ikke oplysningerne i sagen. Skriv hvad borgeren har søgt om og fortalt, og hvilke udtalelser og datoer vi har bygget på, så borgeren kan se, at hans eller hendes egne oplysninger er taget med (forvaltningsloven § 24, stk. 2).',
    },
  },
  run({ model, kb, report }) {
    if (!isContestedDecision(model)) return;
    const data = legalData(kb).begrundelse;
    const regions = legalRegions(model, kb);
    const text = regions.reasoningText;
    const anchor = regions.begrundelseHeading ?? regions.anchor;
    const namesRule = data.rule.test(text) || (data.ruleInWords.test(text) && data.lawMentioned.test(text));
    const hasReasoning = !!regions.begrundelseHeading || data.reasoning.test(text) || namesRule || data.ruleInWords.test(text);
    if (!hasReasoning) {
      report({
        ruleId: 'begrundelse/mangler', message: 'mangler', ...anchor, documentLevel: true,
        insertion: {
          title: data.skeleton.title,
          offset: insertionOffset(model, regions, 'appeal'),
          text: sectionText(model, data.skeleton.heading, data.skeleton.body),
        },
      });
      return;
    }
    if (!namesRule) report({ ruleId: 'begrundelse/retsregel', message: 'retsregel', ...anchor, documentLevel: true });
    const weighed = data.weighing.test(text) || data.weighing.test(regions.reasoningHeadings);
    if (data.discretion.test(text) && !weighed) report({ ruleId: 'begrundelse/hovedhensyn', message: 'hovedhensyn', ...anchor, documentLevel: true });
    // A list of papers received ("- en lægeerklæring af 20. marts 2025") says what came in, not what mattered.
    const listed = (line: string, inList: boolean): boolean => (inList || BULLET_LINE.test(line)) && data.inventory.test(line.replace(BULLET_LINE, '').toLowerCase());
    // Advice about other options ("Andre muligheder: send en lægeerklæring …") is not about this case.
    const advice = new Set(model.sectionsWith('vejledning').filter((s) => s.byHeading).flatMap((s) => s.blocks));
    const weighedFacts = regions.reasoning
      .filter((b) => !advice.has(b))
      .flatMap((b) => b.sentences.map((s) => model.slice(s).split('\n').filter((line) => !listed(line, b.kind === 'list-item')).join(' ')))
      .filter((s) => !data.application.test(s.toLowerCase()))
      .join(' ');
    const exempt = model.facts.area !== null && data.factsExemptAreas.includes(model.facts.area);
    if (!exempt && data.facts.count(weighedFacts) < data.minFacts) report({ ruleId: 'begrundelse/fakta', message: 'fakta', ...anchor, documentLevel: true });
  },
};
