// A sequential colour scale (pale to UN-blue navy) for heatmap cells, with readable text.

const LOW = [238, 247, 252] as const;
const HIGH = [8, 78, 128] as const;

/** Colour for a count on a square-root scale against the largest count. */
export function heatColour(count: number, max: number): { background: string; color: string } {
  if (count <= 0 || max <= 0) return { background: '#fbfcfd', color: '#b6c0c9' };
  const t = 0.18 + 0.82 * Math.sqrt(count / max);
  const mix = (i: 0 | 1 | 2) => Math.round(LOW[i] + (HIGH[i] - LOW[i]) * t);
  return { background: `rgb(${mix(0)} ${mix(1)} ${mix(2)})`, color: t > 0.55 ? '#fff' : '#0b3a5c' };
}
