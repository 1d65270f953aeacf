// Tracing into a positions addendum: each recommendation's trace is the State's position and
// where it is stated, not links into a declaration's paragraphs. The outcome has no paragraphs
// to link to, so no coverage tables either.
import type { ConcordDocument, Message, Recommendation } from '../../model/types.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';
import type { TraceResult } from '../trace.ts';
import type { Trace } from '../types.ts';
import { readPositions } from './read-positions.ts';

type PositionRules = Extract<ReportProfile['outcome'], { kind: 'positions' }>;

export function traceToPositions(recommendations: readonly Recommendation[], addendum: ConcordDocument, rules: PositionRules): { value: TraceResult; messages: readonly Message[] } {
  const { positions, messages } = readPositions(recommendations, addendum, rules);
  const traces = new Map<string, Trace>();
  for (const rec of recommendations) {
    const stated = positions.get(rec.id);
    // "not-taken-up" with no links: no declaration paragraph corresponds (there is none); the position says what became of it.
    traces.set(rec.id, stated === undefined
      ? { status: 'not-taken-up', links: [] }
      : { status: 'not-taken-up', links: [], position: stated.position, source: stated.source });
  }
  const value: TraceResult = {
    traces,
    outcome: { symbol: addendum.symbol, title: addendum.title, source: addendum.source, preamble: [], paragraphs: [], coverage: { byRegion: [], byTopic: [] } },
  };
  return { value, messages };
}
