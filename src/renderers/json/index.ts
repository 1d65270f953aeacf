// MappingRun -> mapping.json: the whole run, as data for other tools.

import type { MappingRun } from '../../pipeline/types.ts';

export function renderJson(run: MappingRun): string {
  const { models: _models, ...data } = run;
  return `${JSON.stringify(data, null, 2)}\n`;
}
