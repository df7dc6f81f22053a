// Builds test letters for the legal structure checks: a realistic letterhead and closing around the body parts a
// test cares about. Parts are [heading, paragraphs]; a heading of '' gives unheaded paragraphs.
import type { Format } from '../../server/src/engine/types.js';

export type Part = readonly [heading: string, text: string];

export interface LetterSpec {
  readonly format?: Format;
  readonly subject?: string;
  readonly salutation?: string;
  readonly parts: readonly Part[];
  readonly signature?: string;
}

const HEAD = `Holbæk Kommune
Center for Handicap og Psykiatri
Kanalstræde 2
4300 Holbæk

Karen Holm
Lindevej 12
4300 Holbæk

12. marts 2025`;

export function buildLetter(spec: LetterSpec): string {
  const markdown = (spec.format ?? 'markdown') === 'markdown';
  const heading = (text: string, level: number): string => (markdown ? `${'#'.repeat(level)} ${text}` : text);
  const out = [HEAD, heading(spec.subject ?? 'Svar på din ansøgning', 1), spec.salutation ?? 'Kære Karen Holm'];
  for (const [title, text] of spec.parts) {
    if (title) out.push(heading(title, 2));
    out.push(text);
  }
  out.push(spec.signature ?? 'Med venlig hilsen\n\nSofie Berg\nSagsbehandler');
  return out.join('\n\n') + '\n';
}

/** Reasoning with rule, facts and main considerations (serviceloven § 112). */
export const FULL_REASONING = `Efter serviceloven § 112, stk. 1, kan du få hjælp til et hjælpemiddel, hvis du har en varigt nedsat funktionsevne, og hjælpemidlet i væsentlig grad kan lette din hverdag.

Du skrev i din ansøgning den 10. februar 2025, at du har svært ved at gå mere end 200 meter. Vores ergoterapeut var på hjemmebesøg hos dig den 19. februar 2025 og så, at du går sikkert med din rollator inde i lejligheden.

Vi har vurderet din sag samlet. Vi har lagt vægt på, at du kan klare dig med den rollator, du har, og at din datter kører dig til indkøb en gang om ugen.`;

/** A complete klagevejledning for the social area. */
export const FULL_APPEAL = `Du kan klage over afgørelsen til Ankestyrelsen. Din klage skal være hos os inden 4 uger efter, at du har fået dette brev.

Send klagen til os. Du kan skrive til os med Digital Post eller ringe og klage mundtligt. Når vi får din klage, ser vi på sagen igen. Hvis vi fastholder afgørelsen, sender vi den til Ankestyrelsen.`;

export const CONTACT = 'Har du spørgsmål, er du velkommen til at ringe til mig på 72 36 12 34 eller skrive til sofie.berg@holbaek.dk.';

export const REFUSAL = 'Du har søgt om en el-kørestol. Du får afslag på din ansøgning.';
