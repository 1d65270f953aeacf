// The matrix: for each index section, topics x columns (the annexes' columns: regions in
// the UN order, then a document without a region), each cell the recommendations of the
// reviewed run under the topic. Laid out by the renderers' buildLayout, as Annex B is.
import type { Matrix } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { projectLayout } from './project-run.ts';

export function buildMatrix(state: ProjectState): Matrix {
  const layout = projectLayout(state);
  return {
    regions: layout.columns.map((c) => c.label),
    sections: layout.sections.map((section) => ({
      id: section.id,
      title: section.title,
      topics: section.topics.map((topic) => ({
        id: topic.id,
        label: topic.label,
        total: topic.total,
        cells: topic.cells.map((cell) => ({ region: cell.column.label, count: cell.entries.length, recommendationIds: cell.entries.map((e) => e.recommendation.id) })),
      })),
    })),
    unassigned: layout.unmapped.map((r) => r.id),
  };
}
