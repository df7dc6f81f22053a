// Shared types of the pure engine. Offsets are 0-based UTF-16 indices into the letter text.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Format = 'markdown' | 'text';
export type LetterKind = 'afgoerelse' | 'ikke-afgoerelse';
export type Outcome = 'afslag' | 'delvis' | 'fuld' | null;
export const AREAS = [
  'social', 'boern', 'beskaeftigelse', 'byggesag', 'skole', 'aeldre', 'oekonomi', 'aktindsigt', 'teknik',
] as const;
export type Area = (typeof AREAS)[number];

export const TOPIC_IDS = [
  'begrundelse', 'klagevejledning', 'klarsprog', 'laesbarhed', 'stavning', 'grammatik', 'navne',
  'skabelon', 'persondata', 'tiltale', 'datoer', 'tone', 'partshoering', 'vejledning',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A text insertion offered as a suggestion the writer must complete (e.g. a klagevejledning skeleton). */
export interface Insertion {
  readonly title: string;
  readonly offset: number;
  readonly text: string;
}

export interface RelatedPlace extends Span {
  readonly message: string;
}

/** One finding. Close to vfile-message; every adapter only translates it. */
export interface Message extends Span {
  readonly ruleId: string;
  readonly topic: TopicId;
  readonly source: 'brevtjek';
  readonly url: string;
  readonly severity: Severity;
  /** Danish, from a named template of the check. */
  readonly reason: string;
  readonly note?: string;
  /** The offending text (for span findings). */
  readonly actual?: string;
  /** Safe replacements for the range [start, end). */
  readonly expected?: readonly string[];
  /** Whether the first replacement is safe to apply automatically (`lint --fix`). */
  readonly fixable?: boolean;
  readonly insertion?: Insertion;
  readonly related?: readonly RelatedPlace[];
  /** True for findings about the whole letter (missing sections); start/end is then an anchor. */
  readonly documentLevel?: boolean;
}

export interface LixResult {
  readonly lix: number;
  readonly words: number;
  readonly sentences: number;
  readonly longWords: number;
  readonly band: LixBand;
}
export type LixBand = 'meget let' | 'let' | 'middel' | 'svær' | 'meget svær';

export interface LetterStats {
  readonly words: number;
  readonly sentences: number;
  readonly lix: number;
  readonly lixBand: LixBand;
}

export interface LintResult {
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly stats: LetterStats;
  readonly facts: import('./letter-model.js').LetterFacts;
  readonly messages: readonly Message[];
}
