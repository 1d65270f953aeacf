// The columns of the annexes: the regions of the documents mapped, in the fixed UN
// order, then any mapped document without a region, named after the document.

import { REGIONS } from '../../model/types.ts';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import type { Column } from './types.ts';

export interface Columns {
  readonly list: readonly Column[];
  readonly of: (recommendation: RunRecommendation) => Column;
}

export function columnsOf(run: MappingRun): Columns {
  const mapped = run.documents.filter((d) => d.excluded === undefined);
  const byRegion = new Map<string, string[]>();
  const loose: Column[] = [];
  for (const doc of mapped) {
    if (doc.region !== undefined) byRegion.set(doc.region, [...(byRegion.get(doc.region) ?? []), doc.symbol]);
    else loose.push({ key: `doc:${doc.symbol}`, label: doc.meeting?.name ?? (doc.title || doc.symbol), symbols: [doc.symbol] });
  }
  // Recommendations carry their region; a region no summary names still gets its column.
  for (const r of run.recommendations) {
    if (r.region !== undefined && !byRegion.has(r.region)) byRegion.set(r.region, [r.symbol]);
  }
  const list: Column[] = [
    ...REGIONS.filter((region) => byRegion.has(region)).map((region) => ({ key: region, label: region, region, symbols: byRegion.get(region) ?? [] })),
    ...loose,
  ];
  const bySymbol = new Map<string, Column>();
  for (const column of list) for (const symbol of column.symbols) if (!bySymbol.has(symbol)) bySymbol.set(symbol, column);
  const other: Column = { key: 'other', label: 'Other', symbols: [] };
  const of = (r: RunRecommendation): Column =>
    (r.region === undefined ? undefined : list.find((c) => c.region === r.region)) ?? bySymbol.get(r.symbol) ?? other;
  if (run.recommendations.some((r) => of(r) === other)) list.push(other);
  return { list, of };
}
