// What every step of a run returns: its value and what it noticed on the way (a message
// with a severity and a place, vfile-style), so that each caller reports the same things.

import type { Message, Place, Severity } from '../model/types.ts';

export interface Step<T> {
  readonly value: T;
  readonly messages: readonly Message[];
}

/** A message about a whole file (or none): `source` names it, as a parse message's place does. */
export function runMessage(severity: Severity, ruleId: string, reason: string, place: Place = {}): Message {
  return { severity, ruleId, reason, place, ...(place.source === undefined ? {} : { source: place.source }) };
}
