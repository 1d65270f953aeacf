// MappingRun -> mapping.csv: the long format, one row per recommendation x topic.

import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import { longTable } from '../layout/final-columns.ts';
import { longRows } from '../layout/long-rows.ts';
import { writeCsv } from './write-csv.ts';

export { csvField, writeCsv, type CsvValue } from './write-csv.ts';

export function renderCsv(run: MappingRun): string {
  const layout = buildLayout(run);
  const { headers, rows } = longTable(layout.edition, longRows(layout));
  return writeCsv([headers, ...rows]);
}
