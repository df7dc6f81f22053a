// `brevtjek report --format csv`: one row per letter, for a spreadsheet (semicolon-separated, as Danish Excel expects).
import { TOPIC_IDS } from '../engine/types.js';
import { incomplete } from './checklist.js';
import { isReadable, type LetterRecord } from './records.js';

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvReport(records: readonly LetterRecord[]): string {
  const header = ['fil', 'fejl', 'type', 'udfald', 'omraade', 'kommune', 'center', 'ord', 'lix', 'lix_niveau', 'begrundelse_mangler', 'klagevejledning_mangler', 'fund', ...TOPIC_IDS];
  const rows = records.map((r) => {
    if (!isReadable(r)) return [r.file, r.error, ...header.slice(2).map(() => '')];
    const c = r.checklist;
    return [
      r.file, '', c.kind, c.outcome, c.area, r.kommune, r.centre, r.words, c.lix, c.lixBand,
      incomplete(c.begrundelse) ? 1 : 0, incomplete(c.klagevejledning) || c.klagevejledningForkert ? 1 : 0,
      r.findings.length, ...TOPIC_IDS.map((id) => c.topicCounts[id]),
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
