// The document symbol from what a report cites about itself, never from a file
// name. A regional report names its own drafts ("A/CONF.234/RPM.5/L.1" annotated
// provisional agenda, ".../L.2" draft report): the report is ".../RPM.5/1".

import { createHash } from 'node:crypto';
import type { ReportProfile } from '../../profiles/report-profile.ts';

export interface SymbolInference {
  readonly symbol: string;
  readonly provisional: boolean;
  readonly evidence: string;
}

const MAIN_SERIES = /\b(A\/CONF\.\d+)\/(\d+)\b(?![/.]\d)/g;

/** The symbol from the report's own drafts, as the profile's `symbol` rule says ("(A/CONF.234/RPM.5)/L.1" -> "A/CONF.234/RPM.5/1"). */
export function inferSymbol(texts: readonly string[], rule: ReportProfile['symbol']): SymbolInference | undefined {
  if (rule === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(rule.draft)) {
      const series = match[1];
      if (series !== undefined) counts.set(series, (counts.get(series) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best === undefined) return undefined;
  return { symbol: rule.report.replace('{series}', best[0]), provisional: false, evidence: `the report names its own drafts ${best[0]}/L.… (${best[1]} mentions)` };
}

/** A hint for reports whose own number is not in the text: the highest main-series document they list. */
export function highestListedDocument(texts: readonly string[]): string | undefined {
  let best: { series: string; number: number } | undefined;
  for (const text of texts) {
    for (const match of text.matchAll(MAIN_SERIES)) {
      const number = Number(match[2]);
      if (match[1] !== undefined && (best === undefined || number > best.number)) best = { series: match[1], number };
    }
  }
  return best === undefined ? undefined : `${best.series}/${best.number}`;
}

export function provisionalSymbol(texts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\n');
  return `UNKNOWN-${hash.digest('hex').slice(0, 8)}`;
}
