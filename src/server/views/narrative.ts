// The narrative: per topic and column, the recommendations with citation, text and the
// evidence spans that justify the topic, as Annex A lays them out (buildLayout of the reviewed run).
import type { Narrative } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { projectLayout, projectRun } from './project-run.ts';

export interface NarrativeFilter {
  readonly topic?: string | undefined;
  readonly region?: string | undefined;
  readonly section?: string | undefined;
}

export function buildNarrative(state: ProjectState, filter: NarrativeFilter = {}): Narrative {
  const layout = projectLayout(state);
  const { topicStatus, reviewed } = projectRun(state);
  return {
    sections: layout.sections
      .filter((s) => filter.section === undefined || s.id === filter.section)
      .map((section) => ({
        id: section.id,
        title: section.title,
        topics: section.topics
          .filter((t) => filter.topic === undefined || t.id === filter.topic)
          .map((topic) => ({
            id: topic.id,
            label: topic.label,
            regions: topic.cells
              .filter((cell) => cell.entries.length > 0 && (filter.region === undefined || cell.column.label === filter.region))
              .map((cell) => ({
                region: cell.column.label,
                recommendations: cell.entries.map(({ recommendation: r, assignment }) => ({
                  id: r.id,
                  citation: r.citation,
                  leadIn: r.leadIn,
                  text: r.text,
                  evidence: assignment.evidence.map((s) => ({ start: s.start, end: s.end, text: s.text })),
                  status: topicStatus.get(r.id)?.get(assignment.id) ?? 'proposed',
                  reviewState: reviewed.has(r.id) ? ('reviewed' as const) : ('unreviewed' as const),
                })),
              })),
          })),
      })),
  };
}
