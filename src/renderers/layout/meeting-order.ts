// The Secretariat's order of the meetings: as its snapshot lists them, in the order they were
// held (Asia and the Pacific in January, ..., Europe in April), read from each report's own
// meeting dates; a meeting whose dates cannot be read follows, in the fixed United Nations order.

import { REGIONS } from '../../model/types.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'gi');

/**
 * The day a meeting ended, as yyyymmdd, from its dates as the report prints them; undefined when none reads.
 * @example meetingEnd('23 to 25 April 2019') // 20190425
 * @example meetingEnd('30 March to 1 April 2019') // 20190401
 */
export function meetingEnd(dates: string | undefined): number | undefined {
  if (dates === undefined) return undefined;
  // "23 to 25 April 2019": the first day borrows the month; the last full date is the end.
  let end: number | undefined;
  for (const m of dates.matchAll(DATE)) {
    const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    end = Number(m[3]) * 10000 + month * 100 + Number(m[1]);
  }
  return end;
}

export interface Held {
  readonly region?: string | undefined;
  readonly meeting?: { readonly dates?: string | undefined } | undefined;
  readonly symbol: string;
}

const regionRank = (region: string | undefined): number => {
  const at = (REGIONS as readonly string[]).indexOf(region ?? '');
  return at < 0 ? REGIONS.length : at;
};

/** Sorts meetings (report summaries or models) as the Secretariat lists them: by the day each ended, then by region. */
export function compareMeetings(a: Held, b: Held): number {
  const ea = meetingEnd(a.meeting?.dates);
  const eb = meetingEnd(b.meeting?.dates);
  if (ea !== undefined && eb !== undefined && ea !== eb) return ea - eb;
  if ((ea === undefined) !== (eb === undefined)) return ea === undefined ? 1 : -1;
  return regionRank(a.region) - regionRank(b.region) || a.symbol.localeCompare(b.symbol);
}
