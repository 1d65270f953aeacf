// The matrix: for each index section, topics x regions, each cell the recommendations
// whose effective topics include the topic.
import { REGIONS } from '../../model/types.ts';
import type { Matrix } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { effectiveTopics } from '../review/effective.ts';

export const UNKNOWN_REGION = 'Region not stated';

export function projectRegions(state: ProjectState): string[] {
  const present = new Set<string>();
  for (const entry of state.recs.values()) present.add(entry.region ?? UNKNOWN_REGION);
  const known: string[] = REGIONS.filter((r) => present.has(r));
  const others = [...present].filter((r) => !(REGIONS as readonly string[]).includes(r)).sort();
  return [...known, ...others];
}

export function buildMatrix(state: ProjectState): Matrix {
  const regions = projectRegions(state);
  const cells = new Map<string, string[]>();
  const unassigned: string[] = [];
  for (const entry of state.recs.values()) {
    const topics = effectiveTopics(entry.machineTopics, state.reviews.get(entry.rec.id), state.labels);
    if (topics.length === 0) unassigned.push(entry.rec.id);
    const region = entry.region ?? UNKNOWN_REGION;
    for (const topic of topics) {
      const key = `${topic.id}\u0000${region}`;
      const list = cells.get(key) ?? [];
      list.push(entry.rec.id);
      cells.set(key, list);
    }
  }
  return {
    regions,
    sections: state.codebook.sections.map((section) => ({
      id: section.id,
      title: section.title,
      topics: section.topics.map((topic) => {
        const row = regions.map((region) => {
          const ids = cells.get(`${topic.id}\u0000${region}`) ?? [];
          return { region, count: ids.length, recommendationIds: ids };
        });
        return { id: topic.id, label: topic.label, total: row.reduce((sum, cell) => sum + cell.count, 0), cells: row };
      }),
    })),
    unassigned,
  };
}
