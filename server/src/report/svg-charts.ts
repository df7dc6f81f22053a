// Inline SVG charts for the HTML report: no scripts, no external assets. Each bar carries data-* attributes
// with its label and count, so the numbers can be checked against the JSON output.
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown after the bar; defaults to the value. */
  readonly text?: string;
  readonly colour?: string;
  /** Bar length as a share of the full width (0–1), for percentages; defaults to value / max. */
  readonly fraction?: number;
  readonly data?: Readonly<Record<string, string | number>>;
}

const LABEL_WIDTH = 300;
const LABEL_CHARS = 36;

function clipLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}
const BAR_AREA = 420;
const ROW = 26;

function dataAttributes(data: Readonly<Record<string, string | number>> | undefined): string {
  return Object.entries(data ?? {}).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('');
}

/** Horizontal bars; max defaults to the largest value. */
export function horizontalBars(id: string, title: string, bars: readonly Bar[], max?: number): string {
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value)));
  const height = bars.length * ROW + 8;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 4;
    const width = Math.round((bar.fraction ?? bar.value / top) * BAR_AREA);
    return `<g class="bar"${dataAttributes({ label: bar.label, count: bar.value, ...bar.data })}>`
      + `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end"><title>${escapeHtml(bar.label)}</title>${escapeHtml(clipLabel(bar.label))}</text>`
      + `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW - 8}" rx="3" fill="${bar.colour ?? '#0b5cad'}"></rect>`
      + `<text x="${LABEL_WIDTH + width + 6}" y="${y + 17}" class="value">${escapeHtml(bar.text ?? String(bar.value))}</text></g>`;
  });
  return `<svg id="${escapeHtml(id)}" class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${LABEL_WIDTH + BAR_AREA + 150} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">`
    + `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
}

/** Vertical columns (a histogram). */
export function columns(id: string, title: string, bars: readonly Bar[]): string {
  const top = Math.max(1, ...bars.map((b) => b.value));
  const width = 110;
  const chartHeight = 180;
  const cols = bars.map((bar, i) => {
    const x = i * width + 20;
    const h = Math.round((bar.value / top) * chartHeight);
    const y = chartHeight - h + 24;
    return `<g class="bar"${dataAttributes({ label: bar.label, count: bar.value, ...bar.data })}>`
      + `<rect x="${x}" y="${y}" width="${width - 30}" height="${h}" rx="3" fill="${bar.colour ?? '#0b5cad'}"></rect>`
      + `<text x="${x + (width - 30) / 2}" y="${y - 6}" text-anchor="middle" class="value">${escapeHtml(bar.text ?? String(bar.value))}</text>`
      + `<text x="${x + (width - 30) / 2}" y="${chartHeight + 44}" text-anchor="middle">${escapeHtml(bar.label)}</text></g>`;
  });
  return `<svg id="${escapeHtml(id)}" class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${bars.length * width + 30} ${chartHeight + 56}" width="${bars.length * width + 30}" preserveAspectRatio="xMinYMin meet">`
    + `<title>${escapeHtml(title)}</title>${cols.join('')}</svg>`;
}
