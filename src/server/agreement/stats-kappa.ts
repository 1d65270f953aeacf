// Cohen's kappa (Cohen 1960) for exactly two coders: (p_o - p_e) / (1 - p_e), where p_e is the
// agreement expected from each coder's own category frequencies. Units that one of the two
// coders left out are skipped.
import { noPairs } from './stats-percent.ts';
import { defined, undefinedBecause } from './stats-types.ts';
import type { Statistic, Unit } from './stats-types.ts';

/** @example cohenKappa(units) where each unit is [coder A's value, coder B's value] */
export function cohenKappa(units: readonly Unit[]): Statistic {
  if (units.some((unit) => unit.length !== 2)) {
    return undefinedBecause("Cohen's kappa compares exactly two coders; use Krippendorff's alpha for more", 0);
  }
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (const [x, y] of units) {
    if (x === null || x === undefined || y === null || y === undefined) continue;
    n += 1;
    if (x === y) agree += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  if (n === 0) return undefinedBecause(noPairs(units), 0);
  let expected = 0;
  for (const [category, count] of a) expected += (count / n) * ((b.get(category) ?? 0) / n);
  if (expected >= 1) return undefinedBecause('both coders gave every unit the same one category: chance agreement is 1, kappa is undefined', n);
  return defined((agree / n - expected) / (1 - expected), n);
}
