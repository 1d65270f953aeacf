// The columns of the annexes: the regions of the documents mapped, in the Secretariat's
// order (meeting-order.ts), then any mapped document without a region, named after the document.

import { REGIONS, type Region } from '../../model/types.ts';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import { compareMeetings } from './meeting-order.ts';
import type { Column } from './types.ts';

export interface Columns {
  readonly list: readonly Column[];
  readonly of: (recommendation: RunRecommendation) => Column;
}

export function columnsOf(run: MappingRun): Columns {
  const mapped = run.documents.filter((d) => d.excluded === undefined).sort(compareMeetings);
  const byRegion = new Map<Region, string[]>();
  const loose: Column[] = [];
  for (const doc of mapped) {
    if (doc.region !== undefined) byRegion.set(doc.region, [...(byRegion.get(doc.region) ?? []), doc.symbol]);
    else loose.push({ key: `doc:${doc.symbol}`, label: doc.meeting?.name ?? (doc.title || doc.symbol), symbols: [doc.symbol] });
  }
  // Recommendations carry their region; a region no summary names still gets its column, after those held.
  const held = [...byRegion.keys()];
  for (const region of REGIONS) {
    if (!byRegion.has(region) && run.recommendations.some((r) => r.region === region)) {
      byRegion.set(region, [...new Set(run.recommendations.filter((r) => r.region === region).map((r) => r.symbol))]);
    }
  }
  const regions = [...held, ...REGIONS.filter((region) => byRegion.has(region) && !held.includes(region))];
  const list: Column[] = [
    ...regions.map((region) => ({ key: region, label: region, region, symbols: byRegion.get(region) ?? [] })),
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
