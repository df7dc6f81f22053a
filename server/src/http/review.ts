// The payload of the review page: the lint JSON contract (`version`, `files`, as `brevtjek lint --format json`)
// plus a separate `review` field with what the page needs beyond it (the text itself, which for a .docx is the
// extracted text; the checklist; and the parts of each message the JSON contract leaves out).
import type { FullLintResult } from '../engine/lint.js';
import type { LetterFacts } from '../engine/letter-model.js';
import type { Format, Insertion } from '../engine/types.js';
import { toJsonFile, toJsonReport, type JsonReport } from '../output/json.js';
import { checkedRuleIds, checklistOf, type Checklist } from '../report/checklist.js';

/** Extra data per diagnostic, in the same order as `files[0].diagnostics`. */
export interface ReviewExtra {
  readonly documentLevel: boolean;
  readonly fixable: boolean;
  readonly note?: string;
  readonly insertion?: Insertion;
}

export interface Review {
  readonly file: string;
  readonly text: string;
  readonly format: Format;
  readonly checklist: Checklist;
  readonly facts: Omit<LetterFacts, 'sections'> & { readonly sections: readonly { readonly role: string; readonly heading?: string }[] };
  readonly extras: readonly ReviewExtra[];
}

export interface LintResponse extends JsonReport {
  readonly review: Review;
}

export function reviewResponse(file: string, text: string, format: Format, result: FullLintResult): LintResponse {
  const { sections, ...facts } = result.facts;
  return {
    ...toJsonReport([toJsonFile(file, text, result)]),
    review: {
      file,
      text,
      format,
      checklist: checklistOf(result, checkedRuleIds()),
      facts: { ...facts, sections: sections.map((s) => ({ role: s.role, ...(s.heading ? { heading: s.heading } : {}) })) },
      extras: result.messages.map((m) => ({
        documentLevel: m.documentLevel ?? false,
        fixable: m.fixable ?? false,
        ...(m.note ? { note: m.note } : {}),
        ...(m.insertion ? { insertion: m.insertion } : {}),
      })),
    },
  };
}
