// Krippendorff's alpha for nominal data, any number of coders, missing values allowed
// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): alpha = 1 - D_o / D_e from
// the coincidence matrix of pairable values. Only its diagonal and margins are needed, so the
// work is linear in the number of values: alpha = 1 - (n - 1)(n - sum o_cc) / (n^2 - sum n_c^2).
import { noPairs } from './stats-percent.ts';
import { defined, present, undefinedBecause } from './stats-types.ts';
import type { Statistic, Unit } from './stats-types.ts';

/** @example krippendorffAlpha([['1', '1', null], ['2', '3', '2']]) */
export function krippendorffAlpha(units: readonly Unit[]): Statistic {
  let n = 0; // pairable values
  let diagonal = 0; // sum over categories of o_cc
  let counted = 0;
  const margins = new Map<string, number>(); // n_c
  for (const unit of units) {
    const values = present(unit);
    const m = values.length;
    if (m < 2) continue;
    counted += 1;
    n += m;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [category, c] of counts) {
      diagonal += (c * (c - 1)) / (m - 1);
      margins.set(category, (margins.get(category) ?? 0) + c);
    }
  }
  if (counted === 0) return undefinedBecause(noPairs(units), 0);
  let squares = 0;
  for (const c of margins.values()) squares += c * c;
  const expected = n * n - squares;
  if (expected === 0) return undefinedBecause('every value is the same category: with no variation, alpha is undefined', counted);
  return defined(1 - ((n - 1) * (n - diagonal)) / expected, counted);
}
