// The registry of checks. Each check is one module; add new ones here.
import type { Check } from '../engine/check.js';
import { persondata } from './persondata.js';
import { skabelon } from './skabelon.js';

export const allChecks: readonly Check[] = [skabelon, persondata];
