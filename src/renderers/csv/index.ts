// MappingRun -> mapping.csv: the long format, one row per recommendation x topic.

import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import { LONG_HEADERS, longRows } from '../layout/long-rows.ts';
import { writeCsv } from './write-csv.ts';

export { csvField, writeCsv, type CsvValue } from './write-csv.ts';

export function renderCsv(run: MappingRun): string {
  return writeCsv([LONG_HEADERS, ...longRows(buildLayout(run))]);
}
