// Weighted text cues from rules/ data, compiled once. A cue is a regular expression source with a weight.
export interface CueSource {
  readonly pattern: string;
  readonly weight?: number;
}

export interface Cue {
  readonly regex: RegExp;
  readonly weight: number;
  readonly pattern: string;
}

export function compileCues(sources: readonly CueSource[]): Cue[] {
  return sources.map((s) => ({ regex: new RegExp(s.pattern, 'iu'), weight: s.weight ?? 1, pattern: s.pattern }));
}

/** Sum of the weights of the cues that occur in the text (each cue counts once). */
export function cueScore(text: string, cues: readonly Cue[]): number {
  let score = 0;
  for (const cue of cues) if (cue.regex.test(text)) score += cue.weight;
  return score;
}
