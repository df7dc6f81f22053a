// Klagevejledning (forvaltningsloven § 25, stk. 1): an appealable afgørelse that does not fully grant must say who
// handles a complaint, how and where to send it, and by when. The right route per area is data
// (rules/data/klageinstanser.yaml); a letter that says "kan ikke påklages" about an appealable decision is wrong.
import type { Check } from '../engine/check.js';
import type { LegalData, Route } from './legal/compiled.js';
import { legalData } from './legal/compiled.js';
import { appealFacts } from './legal/appeal.js';
import { insertionOffset, isContestedDecision, legalRegions, sectionText } from './legal/regions.js';
import { routeFor } from './legal/route.js';

function skeletonFor(route: Route | undefined, data: LegalData): string {
  return route?.skeleton ?? data.routes.find((r) => r.id === 'aktindsigt')?.skeleton ?? '';
}

export const klagevejledning: Check = {
  meta: {
    id: 'klagevejledning',
    topic: 'klagevejledning',
    rules: ['klagevejledning/mangler', 'klagevejledning/instans', 'klagevejledning/frist', 'klagevejledning/fremgangsmaade', 'klagevejledning/forkert'],
    messages: {
      mangler: 'Afgørelsen giver ikke fuldt ud medhold, men brevet siger ikke, at borgeren kan klage. Skriv hvem klagen går til, hvordan man klager, og hvornår klagen senest skal være der. Uden klagevejledning ved borgeren ikke, at afgørelsen kan prøves igen (forvaltningsloven § 25).',
      instans: 'Klagevejledningen siger ikke, hvem der behandler klagen. Skriv navnet på klageinstansen, her {expected}, så borgeren ved, hvem der ser på sagen.',
      frist: 'Klagevejledningen siger ikke, hvornår klagen senest skal være der. Skriv fristen{weeks}, så borgeren ikke mister retten til at klage.',
      fremgangsmaadeKommune: 'Klagevejledningen siger ikke, at klagen skal sendes til kommunen først. Kommunen ser på sagen igen (genvurdering), før klagen går videre til {expected}. Skriv det, og nævn at man kan klage skriftligt eller mundtligt, så klagen ikke havner det forkerte sted.',
      fremgangsmaadeAndet: 'Klagevejledningen siger ikke, hvor og hvordan borgeren skal sende klagen. Skriv fx om klagen sendes via Klageportalen, med Digital Post eller med brev, så borgeren ved, hvad han eller hun skal gøre.',
      ikkePaaklages: 'Brevet siger, at afgørelsen ikke kan påklages, men afgørelser på dette område kan påklages til {expected}. Borgeren kan miste sin ret til at klage, hvis brevet siger noget forkert. Ret klagevejledningen.',
      forkertInstans: 'Klagevejledningen nævner {found}, men afgørelser på dette område påklages til {expected}. En forkert klageinstans kan sende borgerens klage det forkerte sted hen.',
      forkertFrist: 'Klagevejledningen giver en frist på {found} uger, men fristen på dette område er {expected} uger. Ret fristen, så borgeren ikke bliver vildledt.',
    },
  },
  run({ model, kb, report }) {
    if (!isContestedDecision(model)) return;
    const data = legalData(kb);
    const route = routeFor(model, data);
    const regions = legalRegions(model, kb);
    const anchor = regions.appealAnchor ?? regions.anchor;
    const expected = route && route.bodies.length ? data.bodies.find((b) => b.id === route.bodies[0])?.name ?? 'klageinstansen' : 'klageinstansen';
    const found = appealFacts(model, regions, data);
    if (found.cannotAppeal) {
      if (route?.appealable) report({ ruleId: 'klagevejledning/forkert', message: 'ikkePaaklages', values: { expected }, ...anchor, documentLevel: true });
      return;
    }
    if (route && !route.appealable) return;
    // A klagevejledning that names no body, no deadline and no way to complain ("Læs om dine klagemuligheder på
    // odense.dk/klage") is missing, not three things short.
    const empty = found.bodies.length === 0 && found.weeks.length === 0 && !found.hasDeadline && !found.how && !found.viaKommune;
    if (regions.appeal.length === 0 || empty) {
      report({
        ruleId: 'klagevejledning/mangler', message: 'mangler', ...regions.anchor, documentLevel: true,
        insertion: { title: 'Indsæt en skabelon til klagevejledningen', offset: insertionOffset(model, regions, 'contact'), text: sectionText(model, 'Klagevejledning', skeletonFor(route, data)) },
      });
      return;
    }
    // "sender vi klagen videre til klageinstansen" does not tell the citizen who that is: a body must be named.
    if (found.bodies.length === 0) report({ ruleId: 'klagevejledning/instans', message: 'instans', values: { expected }, ...anchor, documentLevel: true });
    if (found.weeks.length === 0 && !found.hasDeadline) {
      report({ ruleId: 'klagevejledning/frist', message: 'frist', values: { weeks: route?.deadlineWeeks ? `, her ${route.deadlineWeeks} uger efter, at borgeren har fået afgørelsen` : '' }, ...anchor, documentLevel: true });
    }
    const viaKommune = route?.viaKommune ?? false;
    if (viaKommune ? !found.viaKommune || found.direct : !found.how) {
      const message = viaKommune ? 'fremgangsmaadeKommune' : 'fremgangsmaadeAndet';
      report({ ruleId: 'klagevejledning/fremgangsmaade', message, values: { expected }, ...anchor, documentLevel: true });
    }
    if (!route) return;
    const wrongBody = route.bodies.length > 0 && found.bodies.length > 0 && !found.bodies.some((id) => route.bodies.includes(id));
    const wrongWeeks = route.deadlineWeeks ? found.weeks.find((w) => w !== route.deadlineWeeks) : undefined;
    if (wrongBody) {
      const name = data.bodies.find((b) => b.id === found.bodies[0])!.name;
      report({ ruleId: 'klagevejledning/forkert', message: 'forkertInstans', values: { found: name, expected }, ...anchor, documentLevel: true });
    } else if (wrongWeeks !== undefined) {
      report({ ruleId: 'klagevejledning/forkert', message: 'forkertFrist', values: { found: wrongWeeks, expected: route.deadlineWeeks! }, ...anchor, documentLevel: true });
    }
  },
};
