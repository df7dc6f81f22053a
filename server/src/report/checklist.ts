// The at-a-glance checklist of a letter (web page and report): is it an afgørelse, and are the begrundelse and the
// klagevejledning complete? Derived only from which document-level rule ids fired, so it always agrees with the
// findings. Rules that no registered check can report are shown as "not checked" rather than as passed.
import type { LintResult, TopicId } from '../engine/types.js';
import { TOPIC_IDS } from '../engine/types.js';
import { allChecks } from '../checks/index.js';

export type ItemStatus = 'ok' | 'mangler' | 'ikke-relevant' | 'ikke-tjekket';

export interface ChecklistItem {
  readonly id: string;
  /** Danish label. */
  readonly label: string;
  readonly status: ItemStatus;
  /** The rule ids that made the item fail. */
  readonly ruleIds: readonly string[];
}

export interface Checklist {
  readonly kind: LintResult['kind'];
  readonly outcome: LintResult['outcome'];
  readonly area: LintResult['area'];
  readonly begrundelse: readonly ChecklistItem[];
  readonly klagevejledning: readonly ChecklistItem[];
  /** Danish note when the klagevejledning names a wrong body or deadline. */
  readonly klagevejledningForkert: boolean;
  readonly lix: number;
  readonly lixBand: LintResult['stats']['lixBand'];
  readonly topicCounts: Readonly<Record<TopicId, number>>;
}

interface ItemSpec {
  readonly id: string;
  readonly label: string;
  /** Rule ids that fail this item when they fire. The first one must be checkable for the item to count. */
  readonly failedBy: readonly string[];
}

const BEGRUNDELSE: readonly ItemSpec[] = [
  { id: 'retsregel', label: 'Retsregel nævnt', failedBy: ['begrundelse/retsregel', 'begrundelse/mangler'] },
  { id: 'hovedhensyn', label: 'Hovedhensyn ved skøn', failedBy: ['begrundelse/hovedhensyn', 'begrundelse/mangler'] },
  { id: 'fakta', label: 'Borgerens oplysninger vurderet', failedBy: ['begrundelse/fakta', 'begrundelse/mangler'] },
];

const KLAGEVEJLEDNING: readonly ItemSpec[] = [
  { id: 'instans', label: 'Klageinstans', failedBy: ['klagevejledning/instans', 'klagevejledning/mangler'] },
  { id: 'fremgangsmaade', label: 'Hvordan og hvor man klager', failedBy: ['klagevejledning/fremgangsmaade', 'klagevejledning/mangler'] },
  { id: 'frist', label: 'Klagefrist', failedBy: ['klagevejledning/frist', 'klagevejledning/mangler'] },
];

function itemsFor(specs: readonly ItemSpec[], fired: ReadonlySet<string>, relevant: boolean, checked: ReadonlySet<string>): ChecklistItem[] {
  return specs.map((spec) => {
    const failing = spec.failedBy.filter((id) => fired.has(id));
    let status: ItemStatus;
    if (failing.length) status = 'mangler';
    else if (!relevant) status = 'ikke-relevant';
    else if (!spec.failedBy.some((id) => checked.has(id))) status = 'ikke-tjekket';
    else status = 'ok';
    return { id: spec.id, label: spec.label, status, ruleIds: failing };
  });
}

export function topicCounts(ruleIds: readonly string[]): Record<TopicId, number> {
  const counts = Object.fromEntries(TOPIC_IDS.map((id) => [id, 0])) as Record<TopicId, number>;
  for (const ruleId of ruleIds) {
    const topic = ruleId.split('/')[0] as TopicId;
    if (topic in counts) counts[topic]++;
  }
  return counts;
}

/**
 * @param result the lint result (kind, outcome, area, stats and the rule ids of its messages)
 * @param checkedRules every rule id some registered and enabled check can report
 */
export function checklistOf(
  result: Pick<LintResult, 'kind' | 'outcome' | 'area' | 'stats'> & { readonly messages: readonly { readonly ruleId: string }[] },
  checkedRules: ReadonlySet<string>,
): Checklist {
  const ids = result.messages.map((m) => m.ruleId);
  const fired = new Set(ids);
  // Forvaltningsloven § 22 and § 25: reasons and appeal guidance are required unless the citizen got everything.
  const required = result.kind === 'afgoerelse' && result.outcome !== 'fuld';
  return {
    kind: result.kind,
    outcome: result.outcome,
    area: result.area,
    begrundelse: itemsFor(BEGRUNDELSE, fired, required, checkedRules),
    klagevejledning: itemsFor(KLAGEVEJLEDNING, fired, required, checkedRules),
    klagevejledningForkert: fired.has('klagevejledning/forkert'),
    lix: result.stats.lix,
    lixBand: result.stats.lixBand,
    topicCounts: topicCounts(ids),
  };
}

/** True when some item of the list failed. */
export function incomplete(items: readonly ChecklistItem[]): boolean {
  return items.some((item) => item.status === 'mangler');
}

let checked: ReadonlySet<string> | undefined;

/** Every rule id a registered check can report. */
export function checkedRuleIds(): ReadonlySet<string> {
  return (checked ??= new Set(allChecks.flatMap((check) => check.meta.rules)));
}
