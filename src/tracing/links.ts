// From ranked scores to links: which paragraphs took a recommendation up, and how strongly.
// Analysts link a recommendation to the paragraph carrying its main ask and, often, to a broader
// commitment of the declaration's general part (or, from a general paragraph, to a thematic one).
import type { LinkStrength, TraceStatus } from './types.ts';
import { PARAMS } from './params.ts';

export interface Candidate {
  readonly index: number;
  readonly score: number;
  /** A general commitment: the paragraph stands under no thematic heading. */
  readonly general: boolean;
}

/**
 * The best candidate; the best home of each of the recommendation's other asks (`askHomes`, indexes
 * of candidates, already judged on the ask's own score); the best of the other kind when close
 * enough; then others close to the best.
 */
export function chooseLinks<C extends Candidate>(candidates: readonly C[], askHomes: readonly number[] = []): (C & { strength: LinkStrength })[] {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0];
  if (best === undefined || best.score < PARAMS.fallbackScore) return [];
  if (best.score < PARAMS.minScore) return [{ ...best, strength: 'partial' }];
  const picks: C[] = [best];
  const homes = askHomes.flatMap((index) => candidates.filter((c) => c.index === index));
  for (const home of homes) if (!picks.includes(home) && home.score >= PARAMS.askRelative * best.score) picks.push(home);
  const other = ranked.find((c) => c.general !== best.general);
  if (other !== undefined && !picks.includes(other) && other.score >= PARAMS.minScore && other.score >= PARAMS.otherKindRelative * best.score) picks.push(other);
  for (const c of ranked) {
    if (picks.length >= PARAMS.maxLinks) break;
    if (!picks.includes(c) && c.score >= PARAMS.minScore && c.score >= PARAMS.relative * best.score) picks.push(c);
  }
  return picks
    .slice(0, PARAMS.maxLinks)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((c) => ({ ...c, strength: homes.includes(c) || (c.score >= PARAMS.strongScore && c.score >= PARAMS.strongRelative * best.score) ? 'strong' : 'partial' }));
}

export function statusOf(links: readonly { strength: LinkStrength }[]): TraceStatus {
  if (links.length === 0) return 'not-taken-up';
  return links.some((l) => l.strength === 'strong') ? 'strong' : 'partial';
}
