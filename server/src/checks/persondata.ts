// A full CPR number in the letter text. Only ten digits that form a real date of birth count, so case numbers
// and phone numbers are left alone. The fix masks the last four digits.
import type { Check } from '../engine/check.js';
import { isValidDate } from '../engine/dates.js';

const CPR = /(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])/g;

/** The modulus-11 check was dropped for new numbers in 2007, so only the date and the seventh digit are checked. */
function looksLikeCpr(day: number, month: number, yy: number, serial: string): boolean {
  const s7 = Number(serial[0]);
  let century = 1900;
  if ((s7 === 4 || s7 === 9) && yy <= 36) century = 2000;
  else if (s7 >= 5 && s7 <= 8) century = yy <= 57 ? 2000 : 1800;
  return isValidDate({ year: century + yy, month, day });
}

export const persondata: Check = {
  meta: {
    id: 'persondata',
    topic: 'persondata',
    rules: ['persondata/cpr'],
    messages: {
      cpr: 'Brevet indeholder et fuldt CPR-nummer. Skriv kun fødselsdatoen, eller skjul de sidste fire cifre.',
    },
  },
  run({ model, report }) {
    for (const m of model.text.matchAll(CPR)) {
      const [whole, dd, mm, yy, serial] = m as unknown as [string, string, string, string, string];
      if (!looksLikeCpr(+dd, +mm, +yy, serial)) continue;
      // A bare run of ten digits is only a CPR number when the letter says so nearby.
      const hasSeparator = /[- ]/.test(whole);
      if (!hasSeparator && !/cpr|personnummer|personnr/i.test(model.text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const start = m.index!;
      report({
        ruleId: 'persondata/cpr',
        message: 'cpr',
        start,
        end: start + whole.length,
        expected: [`${dd}${mm}${yy}-xxxx`],
        fixable: false,
      });
    }
  },
};
