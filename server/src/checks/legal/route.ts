// The klage route that applies to a letter: by its area, and within the area by what the decision is about
// (specialundervisning can be appealed, other school decisions cannot). Routes are data (klageinstanser.yaml).
import type { LetterModel } from '../../engine/letter-model.js';
import type { LegalData, Route } from './compiled.js';

export function routeFor(model: LetterModel, data: LegalData): Route | undefined {
  const area = model.facts.area;
  if (!area) return undefined;
  const lower = model.flowText.toLowerCase();
  return data.routes.find((r) => r.areas.includes(area) && (!r.when || r.when.test(lower)));
}
