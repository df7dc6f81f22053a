// Danish labels, shared with the CLI and the HTML report.
import { SEVERITY_LABEL as severityNames } from '../../../server/src/output/severity-labels.js';

export { AREA_LABEL, OUTCOME_LABEL, STATUS_LABEL, STATUS_SYMBOL } from '../../../server/src/report/labels.js';

/** Capitalised severity names ("Fejl", "Advarsel", "Info", "Tip"). */
export const SEVERITY_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(severityNames).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
);
