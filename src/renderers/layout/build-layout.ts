// MappingRun -> Layout: the one place that orders sections, topics and columns,
// groups recommendations under topics and counts them.

import { compareNumbered } from '../../model/numeric-order.ts';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import { columnsOf } from './columns.ts';
import { segmentsOf } from './highlight.ts';
import { methodOf, reviewNote } from './method.ts';
import { compareMeetings } from './meeting-order.ts';
import { tracingOf } from './tracing.ts';
import type { Column, Entry, Layout, SectionView, TopicView } from './types.ts';

/** Document order, then paragraph, then subparagraph: the order a reader of the reports expects. */
export function compareRecommendations(a: RunRecommendation, b: RunRecommendation, symbolOrder: ReadonlyMap<string, number>): number {
  return (
    (symbolOrder.get(a.symbol) ?? 99) - (symbolOrder.get(b.symbol) ?? 99) ||
    a.symbol.localeCompare(b.symbol) ||
    a.paragraph - b.paragraph ||
    compareNumbered(a.subparagraph, b.subparagraph)
  );
}

/** The layout of each run laid out, while the run is in use: the formats rendered from one run share it. */
const laidOut = new WeakMap<MappingRun, Layout>();

/** The run's layout, made once per run (a run is not changed once made: its fields are read-only, see pipeline/types.ts). */
export function buildLayout(run: MappingRun): Layout {
  let layout = laidOut.get(run);
  if (layout === undefined) {
    layout = layoutOf(run);
    laidOut.set(run, layout);
  }
  return layout;
}

function layoutOf(run: MappingRun): Layout {
  const columns = columnsOf(run);
  const held = [...run.documents].sort(compareMeetings);
  const symbolOrder = new Map(held.map((d, i) => [d.symbol, i] as const));
  const ordered = [...run.recommendations].sort((a, b) => compareRecommendations(a, b, symbolOrder));

  const entriesByTopic = new Map<string, Entry[]>();
  const lowConfidence: Entry[] = [];
  for (const recommendation of ordered) {
    for (const assignment of recommendation.topics) {
      const entry: Entry = { recommendation, assignment, segments: segmentsOf(recommendation.text, assignment.evidence) };
      const list = entriesByTopic.get(assignment.id);
      if (list === undefined) entriesByTopic.set(assignment.id, [entry]);
      else list.push(entry);
      if (assignment.lowConfidence) lowConfidence.push(entry);
    }
  }

  let maxCount = 0;
  const sections: SectionView[] = run.codebook.sections.map((section) => {
    const ids = new Set<string>();
    const topics: TopicView[] = section.topics.map((topic) => {
      const entries = entriesByTopic.get(topic.id) ?? [];
      // One pass over the topic's entries, not one per column.
      const byColumn = new Map<Column, Entry[]>(columns.list.map((column) => [column, []]));
      for (const e of entries) byColumn.get(columns.of(e.recommendation))?.push(e);
      const cells = columns.list.map((column) => ({ column, entries: byColumn.get(column) ?? [] }));
      for (const cell of cells) maxCount = Math.max(maxCount, cell.entries.length);
      for (const e of entries) ids.add(e.recommendation.id);
      return { id: topic.id, label: topic.label, sectionId: section.id, cells, total: entries.length };
    });
    return { id: section.id, title: section.title, covers: section.covers, topics, total: ids.size };
  });

  const known = new Set(run.codebook.sections.flatMap((s) => s.topics.map((t) => t.id)));
  const unmapped = ordered.filter((r) => !r.topics.some((t) => known.has(t.id)));
  const tracing = run.outcome === undefined ? undefined : tracingOf(run, run.outcome, ordered, columns);

  const edition = run.edition?.name ?? 'review';
  const method = methodOf(run);
  const note = run.edition === undefined || edition !== 'final' ? undefined : reviewNote(run.edition, ordered.length);
  return {
    edition,
    ...(method === undefined ? {} : { method }),
    ...(note === undefined ? {} : { reviewNote: note }),
    ...(run.edition?.pages === undefined ? {} : { pages: run.edition.pages }),
    title: 'Mapping of the recommendations of the regional preparatory meetings',
    generatedAt: run.generatedAt,
    concordVersion: run.concordVersion,
    codebook: { id: run.codebook.id, title: run.codebook.title, ...(run.codebook.version === undefined ? {} : { version: run.codebook.version }) },
    documents: held.filter((d) => d.excluded === undefined),
    excluded: run.documents.filter((d) => d.excluded !== undefined),
    skipped: run.skipped,
    columns: columns.list,
    sections,
    recommendationCount: ordered.length,
    assignmentCount: ordered.reduce((n, r) => n + r.topics.length, 0),
    lowConfidence,
    unmapped,
    maxCount,
    ...(tracing === undefined ? {} : { tracing }),
  };
}

/** "Annex A, section D.7": where a topic stands, for formats without links. */
export function pointerTo(annex: 'A' | 'B', topicId: string): string {
  const section = topicId.replace(/\d+$/, '');
  const number = topicId.slice(section.length);
  return annex === 'A' ? `Annex A, section ${section}.${number}` : `Annex B, table ${section}`;
}
