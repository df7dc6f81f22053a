// The self-contained HTML report (inline CSS and SVG, no scripts, no external assets): what a borgerrådgiver
// can open offline and quote in an annual report.
import type { TopicId } from '../engine/types.js';
import { TOPIC_IDS } from '../engine/types.js';
import { SEVERITY_LABEL } from '../output/severity-labels.js';
import { AREA_LABEL, OUTCOME_LABEL, STATUS_LABEL, STATUS_SYMBOL, TOPIC_COLOUR } from './labels.js';
import { isReadable, type LetterRecord, type ReadableLetter } from './records.js';
import { columns, escapeHtml as e, horizontalBars } from './svg-charts.js';
import { LIX_BANDS, type DecisionShare, type ReportSummary, type WordCount } from './summary.js';

export interface HtmlReportOptions {
  readonly title: string;
  readonly folder: string;
  readonly generated: Date;
  readonly topicTitles: ReadonlyMap<TopicId, string>;
  /** Link from the report to a letter file (relative to the report), or undefined for no link. */
  readonly fileLink?: (file: string) => string | undefined;
}

const CSS = `
body{font-family:system-ui,"Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1b1f24;margin:0;background:#f3f4f6;line-height:1.45}
header{background:#12355b;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem}header p{margin:0;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:1rem 2rem 3rem}
section{background:#fff;border:1px solid #d5d9de;border-radius:10px;padding:1rem 1.4rem;margin:1rem 0}
h2{margin:.2rem 0 .6rem;font-size:1.3rem}h3{font-size:1.05rem;margin:.8rem 0 .4rem}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:.8rem}
.kpi{border:1px solid #d5d9de;border-radius:8px;padding:.6rem .8rem}.kpi b{display:block;font-size:1.8rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;vertical-align:top}
th{background:#f3f4f6}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.chart text{font-size:13px;fill:#1b1f24}.chart .value{font-weight:700}
.ok{color:#1c7a3a;font-weight:700}.bad{color:#b3261e;font-weight:700}.muted{color:#5a6470}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle;margin-right:.3em}
article.letter{border-top:1px solid #e5e7eb;padding:.4rem 0 .8rem}article.letter:target{background:#fff8e1}.up{font-size:.8rem;font-weight:400;margin-left:.6rem}
.note{font-size:.9rem;color:#5a6470}
@media print{body{background:#fff}section{break-inside:avoid}}
`;

const CHART_GROUPS = 12;
const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)} %` : '–');

function groupLabel(group: string, byArea: boolean): string {
  return byArea ? AREA_LABEL[group] ?? group : group === 'ukendt' ? 'Ukendt afsender' : group;
}

function shareSection(id: string, title: string, shares: readonly DecisionShare[], byArea: boolean): string {
  if (!shares.length) return `<section id="${id}"><h2>${e(title)}</h2><p class="muted">Ingen afgørelser.</p></section>`;
  // The chart shows shares (0–100 %) for the largest groups; the table below lists every group.
  const bars = shares.slice(0, CHART_GROUPS).flatMap((s) => {
    const begrundelse = s.begrundelseMissing + s.begrundelseIncomplete;
    const klage = s.klagevejledningMissing + s.klagevejledningIncomplete;
    return [
      { label: groupLabel(s.group, byArea), value: begrundelse, fraction: begrundelse / s.decisions, text: `${begrundelse} af ${s.decisions} (${pct(begrundelse, s.decisions)})`, colour: TOPIC_COLOUR.begrundelse, data: { group: s.group, kind: 'begrundelse', total: s.decisions } },
      { label: '', value: klage, fraction: klage / s.decisions, text: `${klage} af ${s.decisions} (${pct(klage, s.decisions)})`, colour: TOPIC_COLOUR.klagevejledning, data: { group: s.group, kind: 'klagevejledning', total: s.decisions } },
    ];
  });
  const more = shares.length > CHART_GROUPS ? `<p class="note">Diagrammet viser de ${CHART_GROUPS} grupper med flest afgørelser; tabellen viser alle ${shares.length}.</p>` : '';
  const rows = shares.map((s) => `<tr data-group="${e(s.group)}"><td>${e(groupLabel(s.group, byArea))}</td><td class="n">${s.decisions}</td>`
    + `<td class="n">${s.begrundelseMissing}</td><td class="n">${s.begrundelseIncomplete}</td><td class="n">${pct(s.begrundelseMissing + s.begrundelseIncomplete, s.decisions)}</td>`
    + `<td class="n">${s.klagevejledningMissing}</td><td class="n">${s.klagevejledningIncomplete}</td><td class="n">${pct(s.klagevejledningMissing + s.klagevejledningIncomplete, s.decisions)}</td></tr>`).join('');
  return `<section id="${id}"><h2>${e(title)}</h2>
<p class="legend"><span><i class="sw" style="background:${TOPIC_COLOUR.begrundelse}"></i>Begrundelse mangler eller er ufuldstændig</span><span><i class="sw" style="background:${TOPIC_COLOUR.klagevejledning}"></i>Klagevejledning mangler eller er ufuldstændig</span></p>
${horizontalBars(`${id}-diagram`, title, bars)}${more}
<table><thead><tr><th></th><th class="n">Afgørelser</th><th class="n">Begrundelse mangler</th><th class="n">Begrundelse ufuldst.</th><th class="n">Andel</th><th class="n">Klagevejl. mangler</th><th class="n">Klagevejl. ufuldst.</th><th class="n">Andel</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function wordTable(id: string, title: string, words: readonly WordCount[], altTitle: string, empty: string): string {
  const rows = words.map((w) => `<tr><td>${e(w.word)}</td><td class="n">${w.count}</td><td>${e(w.alternatives.join(', ') || '–')}</td></tr>`).join('');
  return `<section id="${id}"><h2>${e(title)}</h2>${words.length
    ? `<table><thead><tr><th>Ord</th><th class="n">Antal</th><th>${e(altTitle)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="muted">${e(empty)}</p>`}</section>`;
}

function symbol(letter: ReadableLetter, part: 'begrundelse' | 'klagevejledning'): string {
  const items = letter.checklist[part];
  if (items.some((i) => i.status === 'mangler') || (part === 'klagevejledning' && letter.checklist.klagevejledningForkert)) return `<span class="bad" title="${e(STATUS_LABEL.mangler!)}">${STATUS_SYMBOL.mangler}</span>`;
  if (items.every((i) => i.status === 'ikke-relevant')) return `<span class="muted" title="${e(STATUS_LABEL['ikke-relevant']!)}">${STATUS_SYMBOL['ikke-relevant']}</span>`;
  if (items.some((i) => i.status === 'ikke-tjekket')) return `<span class="muted" title="${e(STATUS_LABEL['ikke-tjekket']!)}">${STATUS_SYMBOL['ikke-tjekket']}</span>`;
  return `<span class="ok" title="${e(STATUS_LABEL.ok!)}">${STATUS_SYMBOL.ok}</span>`;
}

function letterTable(records: readonly LetterRecord[], options: HtmlReportOptions): string {
  const rows = records.map((r, i) => {
    const link = options.fileLink?.(r.file);
    const name = link ? `<a href="${e(link)}">${e(r.file)}</a>` : e(r.file);
    if (!isReadable(r)) return `<tr class="unreadable"><td>${name}</td><td colspan="8" class="bad">${e(r.error)}</td></tr>`;
    const c = r.checklist;
    return `<tr data-file="${e(r.file)}"><td>${name}</td><td>${c.kind === 'afgoerelse' ? 'Afgørelse' : 'Andet brev'}</td><td>${e(c.outcome ? OUTCOME_LABEL[c.outcome] ?? c.outcome : '–')}</td>`
      + `<td>${e(c.area ? AREA_LABEL[c.area] ?? c.area : '–')}</td><td>${e(r.centre ?? '–')}</td><td class="n">${c.lix.toLocaleString('da-DK')}</td>`
      + `<td>${symbol(r, 'begrundelse')}</td><td>${symbol(r, 'klagevejledning')}</td><td class="n">${r.findings.length ? `<a href="#brev-${i + 1}">${r.findings.length}</a>` : '0'}</td></tr>`;
  }).join('');
  return `<section id="breve"><h2>Brevene</h2><table><thead><tr><th>Fil</th><th>Type</th><th>Udfald</th><th>Område</th><th>Afsender</th><th class="n">LIX</th><th>Begr.</th><th>Klagevejl.</th><th class="n">Fund</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function letterDetails(records: readonly LetterRecord[], options: HtmlReportOptions): string {
  const blocks = records.map((r, i) => {
    if (!isReadable(r) || r.findings.length === 0) return '';
    const items = r.findings.map((f) => `<tr><td class="n">${f.documentLevel ? '–' : `${f.line}:${f.column}`}</td><td>${e(SEVERITY_LABEL[f.severity])}</td><td><code>${e(f.ruleId)}</code></td><td>${e(f.message)}${f.actual ? ` <span class="muted">»${e(f.actual.length > 60 ? `${f.actual.slice(0, 58)}…` : f.actual)}«</span>` : ''}</td></tr>`).join('');
    return `<article class="letter" id="brev-${i + 1}"><h3>${e(r.file)} (${r.findings.length} fund) <a class="up" href="#breve">↑ til listen</a></h3><table><thead><tr><th class="n">Linje:kol.</th><th>Alvor</th><th>Regel</th><th>Fund</th></tr></thead><tbody>${items}</tbody></table></article>`;
  }).join('');
  return `<section id="fund"><h2>Fund i de enkelte breve</h2>${blocks || '<p class="muted">Ingen fund.</p>'}</section>`;
}

export function htmlReport(summary: ReportSummary, records: readonly LetterRecord[], options: HtmlReportOptions): string {
  const topicBars = TOPIC_IDS.filter((id) => summary.topicTotals[id] > 0)
    .sort((a, b) => summary.topicTotals[b] - summary.topicTotals[a])
    .map((id) => ({ label: options.topicTitles.get(id) ?? id, value: summary.topicTotals[id], colour: TOPIC_COLOUR[id], data: { topic: id } }));
  const lixBars = LIX_BANDS.map((band) => ({ label: band, value: summary.lixBands[band], data: { band }, colour: band === 'svær' || band === 'meget svær' ? '#b3261e' : '#0b5cad' }));
  const all = summary.all;
  const unreadable = summary.unreadable.length
    ? `<section id="ulaeselige"><h2>Filer, der ikke kunne læses (${summary.unreadable.length})</h2><ul>${summary.unreadable.map((u) => `<li><b>${e(u.file)}</b>: ${e(u.error)}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(options.title)}</title><style>${CSS}</style></head>
<body><header><h1>${e(options.title)}</h1><p>${e(options.folder)} · dannet ${e(options.generated.toLocaleString('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }))} af Brevtjek</p></header>
<main>
<section id="overblik"><h2>Overblik</h2><div class="kpis">
<div class="kpi" data-kpi="breve"><b>${summary.readable}</b>breve tjekket${summary.unreadable.length ? ` (${summary.unreadable.length} kunne ikke læses)` : ''}</div>
<div class="kpi" data-kpi="afgoerelser"><b>${summary.decisions}</b>afgørelser</div>
<div class="kpi" data-kpi="begrundelse"><b>${pct(all.begrundelseMissing + all.begrundelseIncomplete, all.decisions)}</b>af afgørelserne har mangler i begrundelsen</div>
<div class="kpi" data-kpi="klagevejledning"><b>${pct(all.klagevejledningMissing + all.klagevejledningIncomplete, all.decisions)}</b>af afgørelserne har mangler i klagevejledningen</div>
<div class="kpi" data-kpi="fund"><b>${summary.findings}</b>fund i alt</div>
<div class="kpi" data-kpi="lix"><b>${summary.lixAverage.toLocaleString('da-DK')}</b>gennemsnitlig LIX</div>
</div><p class="note">Tallene er Brevtjeks automatiske fund. De er et udgangspunkt for en faglig gennemgang, ikke en juridisk vurdering af den enkelte sag.</p></section>
<section id="emner"><h2>Fund pr. emne</h2>${topicBars.length ? horizontalBars('diagram-emner', 'Fund pr. emne', topicBars) : '<p class="muted">Ingen fund.</p>'}</section>
${shareSection('omraader', 'Afgørelser med mangler efter område', summary.byArea, true)}
${shareSection('afsendere', 'Afgørelser med mangler efter afsender (center/afdeling)', summary.byCentre, false)}
<section id="lix"><h2>Læsbarhed (LIX)</h2>${columns('diagram-lix', 'Antal breve pr. LIX-niveau', lixBars)}<p class="note">LIX under 35 er let at læse; 55 og derover er meget svært for mange borgere.</p></section>
${wordTable('klarsprog', 'Hyppigste stive ord (klarsprog)', summary.klarsprogWords, 'Enklere alternativ', 'Ingen stive ord fundet.')}
${wordTable('stavning', 'Hyppigste stavefejl', summary.spellingErrors, 'Forslag', 'Ingen stavefejl fundet.')}
${unreadable}
${letterTable(records, options)}
${letterDetails(records, options)}
</main></body></html>
`;
}
