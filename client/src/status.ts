// The status-bar text for the active letter: kind, outcome, LIX and number of findings. Pure (no vscode), so it is
// unit-tested outside VS Code.
import type { LetterFactsResult } from '../../server/src/lsp/protocol.js';

const KIND: Readonly<Record<LetterFactsResult['kind'], string>> = { afgoerelse: 'Afgørelse', 'ikke-afgoerelse': 'Ikke en afgørelse' };
const OUTCOME: Readonly<Record<NonNullable<LetterFactsResult['outcome']>, string>> = { afslag: 'afslag', delvis: 'delvis bevilling', fuld: 'fuld bevilling' };
const SEVERITY_LABEL = { error: 'fejl', warning: 'advarsler', info: 'oplysninger', hint: 'råd' } as const;

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
}

export function findingsLabel(count: number): string {
  return count === 0 ? 'ingen fund' : count === 1 ? '1 fund' : `${count} fund`;
}

/** `titles` maps topic ids to the knowledge base's titles, for the tooltip. */
export function statusView(facts: LetterFactsResult | null | undefined, titles: ReadonlyMap<string, string> = new Map()): StatusView {
  if (!facts) return { text: '$(checklist) Brevtjek', tooltip: 'Brevtjek: åbn et brev (Markdown eller tekst) for at tjekke det.' };
  const kind = KIND[facts.kind] + (facts.kind === 'afgoerelse' && facts.outcome ? ` (${OUTCOME[facts.outcome]})` : '');
  const lix = Math.round(facts.lix);
  const icon = (facts.countsBySeverity.error ?? 0) > 0 ? '$(error)' : facts.findings > 0 ? '$(warning)' : '$(check)';
  const topics = Object.entries(facts.countsByTopic)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([topic, count]) => `${titles.get(topic) ?? topic}: ${count}`);
  const severities = (Object.keys(SEVERITY_LABEL) as (keyof typeof SEVERITY_LABEL)[])
    .filter((s) => facts.countsBySeverity[s])
    .map((s) => `${facts.countsBySeverity[s]} ${SEVERITY_LABEL[s]}`);
  const tooltip = [
    `Brevtjek — ${kind}${facts.area ? `, område: ${facts.area}` : ''}`,
    `LIX ${lix} (${facts.lixBand}), ${facts.words} ord, ${facts.sentences} sætninger`,
    facts.findings ? `${findingsLabel(facts.findings)}: ${severities.join(', ')}` : 'Ingen fund.',
    ...topics,
  ].join('\n');
  return { text: `${icon} ${kind} · LIX ${lix} · ${findingsLabel(facts.findings)}`, tooltip };
}
