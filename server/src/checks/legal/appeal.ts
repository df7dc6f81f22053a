// What the klagevejledning of a letter says: the bodies it names, its deadline (and the weeks given), whether it
// tells the citizen how and where to complain, and whether it says the decision cannot be appealed.
import type { LetterModel } from '../../engine/letter-model.js';
import type { LegalData } from './compiled.js';
import type { LegalRegions } from './regions.js';

export interface AppealFacts {
  readonly cannotAppeal: boolean;
  /** Ids of the bodies named in the klagevejledning, not counting a generic "klageinstansen". */
  readonly bodies: readonly string[];
  /** A deadline for the citizen (not the municipality's own forwarding deadline). */
  readonly hasDeadline: boolean;
  /** The weeks stated in the citizen's deadline. */
  readonly weeks: readonly number[];
  readonly how: boolean;
  readonly viaKommune: boolean;
  readonly direct: boolean;
}

/** The klageinstanser a text names by name ("klageinstansen" alone names none). */
export function namedBodies(data: LegalData, text: string): string[] {
  const lower = text.toLowerCase();
  return data.bodies.filter((b) => !b.generic && b.regex.test(lower)).map((b) => b.id);
}

export function appealFacts(model: LetterModel, regions: LegalRegions, data: LegalData): AppealFacts {
  const { klage } = data;
  const text = regions.appealText;
  let hasDeadline = false;
  const weeks: number[] = [];
  for (const block of regions.appeal) {
    for (const sentence of block.sentences) {
      const s = model.flowText.slice(sentence.start, sentence.end);
      if (!klage.deadline.test(s) || klage.forwarding.test(s)) continue;
      hasDeadline = true;
      const count = (raw: string): number | undefined => (/^\d+$/.test(raw) ? Number(raw) : klage.numberWords[raw.toLowerCase()]);
      for (const m of s.toLowerCase().matchAll(klage.weeks)) {
        const n = count(m[1]!);
        if (n) weeks.push(n);
      }
      // "senest 14 dage efter" is a deadline in weeks too (28 dage = 4 uger).
      for (const m of s.toLowerCase().matchAll(klage.days)) {
        const n = count(m[1]!);
        if (n) weeks.push(n / 7);
      }
    }
  }
  return {
    // "Du kan ikke klage over hjælpemidlerne, fordi du har fået dem" beside a deadline for the refused part is no
    // statement that the decision cannot be appealed.
    cannotAppeal: klage.cannotAppeal.test(text) && !hasDeadline,
    bodies: namedBodies(data, text),
    hasDeadline,
    weeks,
    how: klage.how.test(text),
    viaKommune: klage.viaKommune.test(text),
    direct: klage.direct.test(text),
  };
}
