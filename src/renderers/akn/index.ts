// MappingRun -> Akoma Ntoso 3.0: one XML file per report and one for the outcome document.
import type { MappingRun } from '../../pipeline/types.ts';

export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function renderAkn(_run: MappingRun): NamedFile[] {
  return [];
}
