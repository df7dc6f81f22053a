// Size limits of the engine. Linting time grows with the letter (parse-latin, the speller, the phrase checks).
// Measured with every check and the speller on the 2-core development machine: 100,000 characters of real letters
// take 2–4 s, 200,000 take 4–7 s, and 5 MB took over two minutes at 1.5 GB RSS, which would freeze an editor or a
// review page. A real afgørelse is 3,000–30,000 characters, so the engine refuses anything above MAX_LETTER_CHARS
// with a clear Danish error instead of working for minutes.

/** About 30–40 printed pages; a few seconds of linting at most. */
export const MAX_LETTER_CHARS = 100_000;

/** The letter is too long to lint. The message is Danish and safe to show (it contains no letter text). */
export class LetterTooLargeError extends Error {
  constructor(readonly length: number, readonly limit: number = MAX_LETTER_CHARS) {
    super(`Brevet er for langt til at blive tjekket (${formatCount(length)} tegn; grænsen er ${formatCount(limit)} tegn). Del det op, eller tjek kun selve afgørelsen.`);
    this.name = 'LetterTooLargeError';
  }
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Throws LetterTooLargeError when the text is above the limit; adapters may call it before doing other work. */
export function assertLetterSize(text: string, limit: number = MAX_LETTER_CHARS): void {
  if (text.length > limit) throw new LetterTooLargeError(text.length, limit);
}
