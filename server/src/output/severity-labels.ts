import type { Severity } from '../engine/types.js';

/** Danish names of the severities, for people. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'fejl', warning: 'advarsel', info: 'info', hint: 'tip' };
