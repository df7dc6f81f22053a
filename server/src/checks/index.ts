// The registry of checks. Each check is one module; add new ones here.
import type { Check } from '../engine/check.js';
import { begrundelse } from './begrundelse.js';
import { klagevejledning } from './klagevejledning.js';
import { partshoering } from './partshoering.js';
import { vejledning } from './vejledning.js';
import { datoer } from './datoer.js';
import { grammatik } from './grammatik.js';
import { navne } from './navne.js';
import { klarsprogForkortelse } from './klarsprog-forkortelse.js';
import { klarsprogJargon } from './klarsprog-jargon.js';
import { klarsprogOrd } from './klarsprog-ord.js';
import { klarsprogParagraf } from './klarsprog-paragraf.js';
import { klarsprogPassiv } from './klarsprog-passiv.js';
import { laesbarhedLangSaetning } from './laesbarhed-lang-saetning.js';
import { laesbarhedLix } from './laesbarhed-lix.js';
import { persondata } from './persondata.js';
import { skabelon } from './skabelon.js';
import { stavning } from './stavning.js';
import { tiltale } from './tiltale.js';
import { tone } from './tone.js';

export const allChecks: readonly Check[] = [skabelon, persondata, stavning, datoer, grammatik, navne,
  klarsprogOrd, klarsprogJargon, klarsprogForkortelse, klarsprogParagraf, klarsprogPassiv, laesbarhedLix, laesbarhedLangSaetning, tiltale, tone,
  begrundelse, klagevejledning, partshoering, vejledning];
