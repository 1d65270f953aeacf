// The trace view after review: coverage per region and topic, what was not taken up,
// and each outcome paragraph with the recommendations it reflects.
import type { TraceView } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { effectiveTopics, effectiveTrace } from '../review/effective.ts';
import { UNKNOWN_REGION } from './matrix.ts';
import type { Outcome } from '../../tracing/types.ts';

type Row = TraceView['coverage']['byRegion'][number];

function tally(groups: Map<string, { label: string; statuses: [string, string][] }>): Row[] {
  return [...groups].map(([key, { label, statuses }]) => {
    const notTakenUpIds = statuses.filter(([, s]) => s === 'not-taken-up').map(([id]) => id);
    return {
      key,
      label,
      total: statuses.length,
      strong: statuses.filter(([, s]) => s === 'strong').length,
      partial: statuses.filter(([, s]) => s === 'partial').length,
      notTakenUp: notTakenUpIds.length,
      notTakenUpIds,
    };
  });
}

export function buildTraceView(state: ProjectState, outcome: Outcome): TraceView {
  const byRegion = new Map<string, { label: string; statuses: [string, string][] }>();
  const byTopic = new Map<string, { label: string; statuses: [string, string][] }>();
  for (const section of state.codebook.sections) for (const topic of section.topics) byTopic.set(topic.id, { label: topic.label, statuses: [] });
  const reverse = new Map<number, TraceView['paragraphs'][number]['reverse']>();
  const notTakenUp: TraceView['notTakenUp'] = [];
  for (const entry of state.recs.values()) {
    const review = state.reviews.get(entry.rec.id);
    const trace = effectiveTrace(entry.machineTrace, review, outcome);
    const region = entry.region ?? UNKNOWN_REGION;
    const group = byRegion.get(region) ?? { label: region, statuses: [] };
    group.statuses.push([entry.rec.id, trace.status]);
    byRegion.set(region, group);
    for (const topic of effectiveTopics(entry.machineTopics, review, state.labels)) {
      const row = byTopic.get(topic.id) ?? { label: topic.label, statuses: [] };
      row.statuses.push([entry.rec.id, trace.status]);
      byTopic.set(topic.id, row);
    }
    if (trace.status === 'not-taken-up') notTakenUp.push({ id: entry.rec.id, citation: entry.rec.citation, region: entry.region, text: entry.rec.text });
    for (const link of trace.links) {
      const list = reverse.get(link.paragraph) ?? [];
      list.push({ recommendationId: entry.rec.id, citation: entry.rec.citation, region: entry.region, strength: link.strength, score: link.score });
      reverse.set(link.paragraph, list);
    }
  }
  return {
    outcome: { symbol: outcome.symbol, title: outcome.title },
    coverage: { byRegion: tally(byRegion), byTopic: tally(byTopic) },
    notTakenUp,
    paragraphs: outcome.paragraphs.map((p) => ({
      number: p.number,
      citation: p.citation,
      text: p.text,
      headings: [...p.headings],
      topics: [...p.topics],
      reverse: reverse.get(p.number) ?? [],
    })),
  };
}
