// Which recommendations an assignment gives its coders: the ids named, or those of a region
// or document, n of them spread evenly over the project's order (so a sample covers the whole
// report, not its first pages).
import { UsageError } from '../../model/errors.ts';
import type { ProjectState } from '../project/state.ts';
import type { CreateAssignment } from './api.ts';

/** Every k-th of `items` so that `n` are taken, first one included. @example spread([1,2,3,4], 2) // => [1, 3] */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

export function selectRecommendations(state: ProjectState, input: CreateAssignment): string[] {
  if (input.recommendationIds !== undefined) {
    const unknown = input.recommendationIds.filter((id) => !state.recs.has(id));
    if (unknown.length > 0) throw new UsageError(`${unknown.length} recommendation id(s) are not in the project, e.g. "${unknown[0]?.slice(0, 80)}"`);
    const wanted = new Set(input.recommendationIds);
    return [...state.recs.keys()].filter((id) => wanted.has(id));
  }
  const matching = [...state.recs.values()]
    .filter((e) => input.region === undefined || e.region === input.region)
    .filter((e) => input.documentId === undefined || e.documentId === input.documentId)
    .map((e) => e.rec.id);
  if (matching.length === 0) {
    const regions = [...new Set([...state.recs.values()].map((e) => e.region).filter((r) => r !== null))];
    throw new UsageError(
      state.recs.size === 0
        ? 'the project has no mapped recommendations yet: upload reports and re-map first'
        : `no recommendation matches${input.region === undefined ? '' : ` region "${input.region}"`}${input.documentId === undefined ? '' : ` document ${input.documentId}`} (regions: ${regions.join(', ')})`,
    );
  }
  return spread(matching, input.n ?? matching.length);
}
