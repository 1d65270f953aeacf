// What every agreement statistic answers: a value, or null with the reason it is undefined
// (never NaN), and how much data it rests on.

/** One unit (a recommendation, or a recommendation x topic): each coder's value, null where that coder gave none. */
export type Unit = readonly (string | null)[];

export interface Statistic {
  /** Between -1 and 1 (kappa, alpha) or 0 and 1 (percent); null when undefined for this data. */
  readonly value: number | null;
  /** Why the value is null, e.g. "every value is the same category". */
  readonly reason?: string;
  /** Units with at least two values: the ones the statistic compares. */
  readonly units: number;
}

export const defined = (value: number, units: number): Statistic => ({ value, units });
export const undefinedBecause = (reason: string, units: number): Statistic => ({ value: null, reason, units });

/** The values of a unit that were given. */
export const present = (unit: Unit): string[] => unit.filter((v): v is string => v !== null);
