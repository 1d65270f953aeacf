// Percent agreement: over the units that at least two coders coded, the share of coder pairs
// that gave the same value, averaged over units (for two coders: the share of units they agree on).
import { defined, present, undefinedBecause } from './stats-types.ts';
import type { Statistic, Unit } from './stats-types.ts';

/** @example percentAgreement([['a', 'a'], ['a', 'b']]) // => { value: 0.5, units: 2 } */
export function percentAgreement(units: readonly Unit[]): Statistic {
  let sum = 0;
  let counted = 0;
  for (const unit of units) {
    const values = present(unit);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let agreeing = 0;
    for (const c of counts.values()) agreeing += (c * (c - 1)) / 2;
    sum += agreeing / ((m * (m - 1)) / 2);
    counted += 1;
  }
  if (counted === 0) return undefinedBecause(noPairs(units), 0);
  return defined(sum / counted, counted);
}

export function noPairs(units: readonly Unit[]): string {
  if (units.length === 0) return 'no units to compare';
  const coders = units.reduce((most, unit) => Math.max(most, present(unit).length), 0);
  return coders <= 1 ? 'only one coder coded each unit: nothing to compare' : 'no unit was coded by two or more coders';
}
