// Partshøring (forvaltningsloven § 19): a refusal that relies on information from others (a doctor, a school, an
// employer, a register) should show that the citizen saw it and could comment. A hint: the letter cannot show the
// case file, only whether it mentions the hearing.
import type { Check } from '../engine/check.js';
import { legalData } from './legal/compiled.js';
import { isContestedDecision, legalRegions } from './legal/regions.js';

export const partshoering: Check = {
  meta: {
    id: 'partshoering',
    topic: 'partshoering',
    rules: ['partshoering/mangler'],
    messages: {
      mangler: 'Afgørelsen bygger på oplysninger fra andre, men brevet siger ikke, at borgeren har set dem og kunnet kommentere dem. Skriv hvornår vi sendte oplysningerne, og hvad borgeren svarede. Mangler partshøringen, kan afgørelsen blive ugyldig (forvaltningsloven § 19).',
    },
  },
  run({ model, kb, report }) {
    if (!isContestedDecision(model)) return;
    const data = legalData(kb).partshoering;
    const regions = legalRegions(model, kb);
    const text = regions.reasoningText;
    if (!data.thirdParty.test(text) || data.heard.test(text)) return;
    report({ ruleId: 'partshoering/mangler', message: 'mangler', ...(regions.begrundelseHeading ?? regions.anchor), documentLevel: true });
  },
};
