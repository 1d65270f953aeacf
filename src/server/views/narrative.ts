// The narrative: per topic and region, the recommendations with citation, text and the
// evidence spans that justify the topic.
import type { Narrative } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { effectiveTopics } from '../review/effective.ts';
import { projectRegions, UNKNOWN_REGION } from './matrix.ts';

export interface NarrativeFilter {
  readonly topic?: string | undefined;
  readonly region?: string | undefined;
  readonly section?: string | undefined;
}

export function buildNarrative(state: ProjectState, filter: NarrativeFilter = {}): Narrative {
  type Entry = Narrative['sections'][number]['topics'][number]['regions'][number]['recommendations'][number];
  const byTopicRegion = new Map<string, Entry[]>();
  for (const entry of state.recs.values()) {
    const review = state.reviews.get(entry.rec.id);
    const region = entry.region ?? UNKNOWN_REGION;
    for (const topic of effectiveTopics(entry.machineTopics, review, state.labels)) {
      const key = `${topic.id}\u0000${region}`;
      const list = byTopicRegion.get(key) ?? [];
      list.push({
        id: entry.rec.id,
        citation: entry.rec.citation,
        leadIn: entry.rec.leadIn,
        text: entry.rec.text,
        evidence: topic.evidence,
        status: topic.status,
        reviewState: review !== undefined && review.events.length > 0 ? 'reviewed' : 'unreviewed',
      });
      byTopicRegion.set(key, list);
    }
  }
  const regions = projectRegions(state).filter((r) => filter.region === undefined || r === filter.region);
  return {
    sections: state.codebook.sections
      .filter((s) => filter.section === undefined || s.id === filter.section)
      .map((section) => ({
        id: section.id,
        title: section.title,
        topics: section.topics
          .filter((t) => filter.topic === undefined || t.id === filter.topic)
          .map((topic) => ({
            id: topic.id,
            label: topic.label,
            regions: regions
              .map((region) => ({ region, recommendations: byTopicRegion.get(`${topic.id}\u0000${region}`) ?? [] }))
              .filter((r) => r.recommendations.length > 0),
          })),
      })),
  };
}
