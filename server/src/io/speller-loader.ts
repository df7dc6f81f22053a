// Placeholder until the Danish speller lands: returns undefined, so the spelling check stays silent.
import type { Speller } from '../spelling/speller.js';

export function loadSpeller(): Speller | undefined {
  return undefined;
}
