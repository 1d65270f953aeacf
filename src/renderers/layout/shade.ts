// One colour scale for every heatmap (SVG, Word shading, Excel): white to UN blue.

const LOW = [255, 255, 255] as const;
const HIGH = [0, 94, 160] as const;

const hex = (n: number): string => Math.round(n).toString(16).padStart(2, '0');

/** Background colour (RRGGBB, no #) for `count` on a scale up to `max`; white for 0. */
export function shadeOf(count: number, max: number): string {
  const t = max <= 0 ? 0 : Math.min(1, count / max);
  // A floor so that a single recommendation is visibly shaded.
  const k = count === 0 ? 0 : 0.15 + 0.85 * t;
  return LOW.map((low, i) => hex(low + ((HIGH[i] ?? low) - low) * k)).join('');
}

/** Text colour that reads on `shadeOf(count, max)`. */
export function inkOn(count: number, max: number): string {
  return max > 0 && count / max > 0.5 ? 'FFFFFF' : '1A1A1A';
}

export const STATUS_COLOURS = { strong: '1B7F3B', partial: 'E0A100', 'not-taken-up': 'B3261E' } as const;
/** By status as shown (wording.ts): the machine finding nothing is grey, not the red of a reviewer's "not taken up". */
export const SHOWN_COLOURS = { strong: '1B7F3B', partial: 'E0A100', 'none-found': '6B6B6B', 'not-taken-up': 'B3261E' } as const;
