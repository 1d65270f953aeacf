// MappingRun -> mapping.json: the whole run, as data for other tools.

import type { MappingRun } from '../../pipeline/types.ts';

export function renderJson(run: MappingRun): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}
