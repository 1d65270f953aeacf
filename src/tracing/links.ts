// From ranked scores to links: which paragraphs took a recommendation up, and how strongly.
import type { LinkStrength, TraceStatus } from './types.ts';
import { PARAMS } from './params.ts';

export interface Candidate {
  readonly index: number;
  readonly score: number;
}

/** Keeps the best candidates that clear the threshold and stay close to the best one. */
export function chooseLinks(candidates: readonly Candidate[]): (Candidate & { strength: LinkStrength })[] {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const top = ranked[0]?.score ?? 0;
  if (top < PARAMS.minScore) return [];
  return ranked
    .filter((c) => c.score >= PARAMS.minScore && c.score >= PARAMS.relative * top)
    .slice(0, PARAMS.maxLinks)
    .map((c) => ({ ...c, strength: c.score >= PARAMS.strongScore && c.score >= PARAMS.strongRelative * top ? 'strong' : 'partial' }));
}

export function statusOf(links: readonly { strength: LinkStrength }[]): TraceStatus {
  if (links.length === 0) return 'not-taken-up';
  return links.some((l) => l.strength === 'strong') ? 'strong' : 'partial';
}
