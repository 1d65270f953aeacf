// A UPR recommendation traced into its positions addendum shows the State's position where a
// declaration's recommendation shows its corresponding paragraph.
import type { Trace } from '../../tracing/types.ts';

export const POSITION_WORDING = { supported: 'Supported', noted: 'Noted' } as const;

/** "Supported (A/HRC/43/15/Add.1, para. 3)", or undefined for a trace into a declaration. */
export function positionWording(trace: Trace | undefined): string | undefined {
  if (trace?.position === undefined) return undefined;
  return `${POSITION_WORDING[trace.position]}${trace.source === undefined ? '' : ` (${trace.source})`}`;
}
