// The reverse view (what each outcome paragraph reflects) and coverage tables that add up:
// every row's total is strong + partial + not taken up.
import type { MappedRecommendation } from '../mapping/types.ts';
import { compareNumbered } from '../model/numeric-order.ts';
import type { CoverageRow, ReverseLink, Trace } from './types.ts';
import { paragraphKey } from './paragraph-key.ts';

/** Keyed by `paragraphKey` (a preambular paragraph's number negated). */
export function reverseLinks(recommendations: readonly MappedRecommendation[], traces: ReadonlyMap<string, Trace>): Map<number, ReverseLink[]> {
  const reverse = new Map<number, ReverseLink[]>();
  for (const recommendation of recommendations) {
    for (const link of traces.get(recommendation.id)?.links ?? []) {
      const key = paragraphKey(link);
      const list = reverse.get(key) ?? [];
      list.push({
        recommendationId: recommendation.id,
        citation: recommendation.citation,
        ...(recommendation.region === undefined ? {} : { region: recommendation.region }),
        strength: link.strength,
        score: link.score,
      });
      reverse.set(key, list);
    }
  }
  for (const list of reverse.values()) list.sort((a, b) => b.score - a.score || a.recommendationId.localeCompare(b.recommendationId));
  return reverse;
}

function tally(groups: Map<string, { label: string; ids: string[] }>, traces: ReadonlyMap<string, Trace>): CoverageRow[] {
  return [...groups].map(([key, { label, ids }]) => {
    const status = (id: string): string => traces.get(id)?.status ?? 'not-taken-up';
    const notTakenUpIds = ids.filter((id) => status(id) === 'not-taken-up');
    return {
      key,
      label,
      total: ids.length,
      strong: ids.filter((id) => status(id) === 'strong').length,
      partial: ids.filter((id) => status(id) === 'partial').length,
      notTakenUp: notTakenUpIds.length,
      notTakenUpIds,
    };
  });
}

const NO_REGION = 'Region not stated';
const NO_TOPIC = 'No topic';

/** Per region and per topic (a recommendation counts under each of its topics; those without any under "No topic"). */
export function coverage(recommendations: readonly MappedRecommendation[], traces: ReadonlyMap<string, Trace>): { byRegion: CoverageRow[]; byTopic: CoverageRow[] } {
  // Each group keeps its ids as a set too, so a recommendation met twice counts once, in linear time.
  type Group = { label: string; ids: string[]; seen: Set<string> };
  const regions = new Map<string, Group>();
  const topics = new Map<string, Group>();
  const add = (map: Map<string, Group>, key: string, label: string, id: string): void => {
    const group = map.get(key) ?? { label, ids: [], seen: new Set<string>() };
    map.set(key, group);
    if (group.seen.has(id)) return;
    group.seen.add(id);
    group.ids.push(id);
  };
  for (const recommendation of recommendations) {
    const region = recommendation.region ?? NO_REGION;
    add(regions, region, region, recommendation.id);
    if (recommendation.topics.length === 0) add(topics, NO_TOPIC, NO_TOPIC, recommendation.id);
    for (const topic of recommendation.topics) add(topics, topic.id, topic.label, recommendation.id);
  }
  const byKey = (a: CoverageRow, b: CoverageRow): number => compareNumbered(a.key, b.key);
  return { byRegion: tally(regions, traces).sort(byKey), byTopic: tally(topics, traces).sort(byKey) };
}
