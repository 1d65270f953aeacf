// Turns a recommendation (summary or detail) into the topic rows a reviewer acts on:
// machine proposals, reviewer additions and rejections, each with score and evidence.
import type { Disagreement, RecommendationDetail, RecommendationSummary, Span } from '../api/types.ts';

export type RowStatus = 'proposed' | 'accepted' | 'added' | 'rejected';

export interface TopicRow {
  readonly id: string;
  readonly label: string;
  readonly section: string;
  readonly status: RowStatus;
  readonly score: number | null;
  readonly lowConfidence: boolean;
  readonly evidence: readonly Span[];
  /** False when the machine does not (or no longer) propose the topic. */
  readonly machine: boolean;
}

function isDetail(rec: RecommendationSummary | RecommendationDetail): rec is RecommendationDetail {
  return 'machineTopics' in rec;
}

export function topicRows(rec: RecommendationSummary | RecommendationDetail): TopicRow[] {
  const rows = new Map<string, TopicRow>();
  if (isDetail(rec)) {
    const { accepted, rejected, added } = rec.decisions;
    for (const m of rec.machineTopics) {
      const status: RowStatus = rejected.includes(m.id) ? 'rejected' : accepted.includes(m.id) ? 'accepted' : added.includes(m.id) ? 'added' : 'proposed';
      rows.set(m.id, { ...m, status, machine: true });
    }
    for (const t of rec.topics) {
      if (!rows.has(t.id)) rows.set(t.id, { ...t, status: t.status, machine: false });
    }
    for (const id of rejected) {
      if (!rows.has(id)) rows.set(id, { id, label: '', section: id.slice(0, 1), status: 'rejected', score: null, lowConfidence: false, evidence: [], machine: false });
    }
  } else {
    for (const t of rec.topics) rows.set(t.id, { ...t, status: t.status, machine: t.status !== 'added' });
  }
  return [...rows.values()];
}

/** The row the keyboard acts on first: the first topic still only proposed. */
export function firstUndecided(rows: readonly TopicRow[], after = -1): number {
  const next = rows.findIndex((r, i) => i > after && r.status === 'proposed');
  if (next >= 0) return next;
  const any = rows.findIndex((r) => r.status === 'proposed');
  return any >= 0 ? any : Math.max(0, Math.min(after, rows.length - 1));
}

export function describeDisagreement(d: Disagreement): string {
  const target = d.kind === 'topic' ? d.target : `para. ${d.target}`;
  const decided: Record<Disagreement['decision'], string> = {
    accepted: `you accepted ${target}`,
    added: `you added ${target}`,
    rejected: `you rejected ${target}`,
    'link-added': `you linked ${target}`,
    'link-removed': `you removed the link to ${target}`,
    'link-strength': `you changed the strength of ${target}`,
  };
  const machine: Record<Disagreement['machine'], string> = {
    'not-proposed': 'the machine no longer proposes it',
    proposed: 'the machine proposes it again',
    'not-linked': 'the machine does not link it',
    'linked-strong': 'the machine links it as strong',
    'linked-partial': 'the machine links it as partial',
  };
  return `${decided[d.decision]}; ${machine[d.machine]}`;
}
