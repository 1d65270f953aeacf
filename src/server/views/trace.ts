// The trace view after review: coverage per region and topic, what was not taken up, and
// each outcome paragraph with the recommendations it reflects. Counts and reverse links are
// those of the reviewed run (tracing/coverage.ts, as mapping.json carries them), in the order
// of Annex C (buildLayout): regions in the UN order, every topic of the codebook in its order.
import type { TraceView } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import type { CoverageRow, Outcome } from '../../tracing/types.ts';
import { projectLayout, projectRun } from './project-run.ts';
import { partField } from '../../tracing/paragraph-key.ts';

type Row = TraceView['coverage']['byRegion'][number];

const zero = (key: string, label: string): Row => ({ key, label, total: 0, strong: 0, partial: 0, notTakenUp: 0, notTakenUpIds: [] });
const copy = (row: CoverageRow): Row => ({ key: row.key, label: row.label, total: row.total, strong: row.strong, partial: row.partial, notTakenUp: row.notTakenUp, notTakenUpIds: [...row.notTakenUpIds] });

/** Rows in the order of `keys` (a key without a row gets a zero row), then any row not named there. */
function ordered(rows: readonly CoverageRow[], keys: readonly { key: string; label: string }[], withZeros: boolean): Row[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const named = new Set(keys.map((k) => k.key));
  const first = keys.flatMap(({ key, label }) => {
    const row = byKey.get(key);
    return row !== undefined ? [copy(row)] : withZeros ? [zero(key, label)] : [];
  });
  return [...first, ...rows.filter((r) => !named.has(r.key)).map(copy)];
}

export function buildTraceView(state: ProjectState, outcome: Outcome): TraceView {
  const { run } = projectRun(state);
  const layout = projectLayout(state);
  const traced = run.outcome ?? outcome;
  const regionKeys = layout.columns.filter((c) => c.region !== undefined).map((c) => ({ key: c.key, label: c.label }));
  const topicKeys = run.codebook.sections.flatMap((s) => s.topics.map((t) => ({ key: t.id, label: t.label })));
  return {
    outcome: { symbol: outcome.symbol, title: outcome.title },
    coverage: { byRegion: ordered(traced.coverage.byRegion, regionKeys, false), byTopic: ordered(traced.coverage.byTopic, topicKeys, true) },
    notTakenUp: (layout.tracing?.notTakenUp ?? []).map(({ recommendation: r }) => ({ id: r.id, citation: r.citation, region: r.region ?? null, text: r.text })),
    paragraphs: traced.paragraphs.map((p) => ({
      number: p.number,
      ...partField(p),
      citation: p.citation,
      text: p.text,
      headings: [...p.headings],
      topics: [...p.topics],
      reverse: p.reverse.map((l) => ({ recommendationId: l.recommendationId, citation: l.citation, region: l.region ?? null, strength: l.strength, score: l.score })),
    })),
  };
}
