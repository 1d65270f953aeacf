// The effective state of a recommendation: the machine's proposal with the reviewer's
// decisions laid over it, and where the two now disagree.
import type { Codebook, Span, TopicAssignment } from '../../mapping/types.ts';
import type { Outcome, Trace, TraceLink, TraceStatus } from '../../tracing/types.ts';
import type { Disagreement, EffectiveLink, EffectiveTopic, TraceCandidateView } from '../api-types.ts';
import { themes } from '../../tracing/themes.ts';
import { inForce, type Review } from './fold.ts';
import { byPlace, paragraphKey, paragraphRef, partField, placeLabel } from '../../tracing/paragraph-key.ts';

export function topicLabels(codebook: Codebook): Map<string, { label: string; section: string }> {
  const labels = new Map<string, { label: string; section: string }>();
  for (const section of codebook.sections) for (const topic of section.topics) labels.set(topic.id, { label: topic.label, section: section.id });
  return labels;
}

export function effectiveTopics(
  machine: readonly TopicAssignment[],
  review: Review | undefined,
  labels: ReadonlyMap<string, { label: string; section: string }>,
): EffectiveTopic[] {
  const decided = review?.topics ?? new Map<string, string>();
  const topics: EffectiveTopic[] = [];
  for (const topic of machine) {
    const decision = decided.get(topic.id);
    if (decision === 'rejected') continue;
    topics.push({
      id: topic.id,
      label: topic.label,
      section: topic.section,
      status: decision === undefined ? 'proposed' : 'accepted',
      score: topic.score,
      lowConfidence: decision === undefined ? topic.lowConfidence : false,
      evidence: topic.evidence.map(copySpan),
    });
  }
  const proposed = new Set(machine.map((t) => t.id));
  for (const [id, decision] of decided) {
    if (decision === 'rejected' || proposed.has(id)) continue;
    const known = labels.get(id);
    topics.push({ id, label: known?.label ?? id, section: known?.section ?? id.replace(/\d+$/, ''), status: 'added', score: null, lowConfidence: false, evidence: [] });
  }
  return topics;
}

/**
 * Reviewed: every topic the machine proposes has a reviewer's decision (accepted, rejected,
 * or all at once by 'confirm'), and the reviewer decided something about the topics at all
 * (for a recommendation with no proposal: added one, or confirmed that none applies).
 * A decision on one of three proposed topics leaves the recommendation unreviewed.
 */
export function isReviewed(machine: readonly TopicAssignment[], review: Review | undefined): boolean {
  if (review === undefined) return false;
  if (!machine.every((t) => review.topics.has(t.id))) return false;
  return machine.length > 0 || review.topics.size > 0 || review.confirmed;
}

const copySpan = (span: Span): Span => ({ start: span.start, end: span.end, text: span.text });

export interface EffectiveTrace {
  readonly status: TraceStatus;
  readonly links: EffectiveLink[];
  /** The removed machine links, by paragraphKey. */
  readonly removed: number[];
}

/** Keyed by paragraphKey: a preambular paragraph's number negated, as the store keeps it. */
const paragraphIndex = new WeakMap<Outcome, Map<number, Outcome['paragraphs'][number]>>();

function paragraphsOf(outcome: Outcome | null): Map<number, Outcome['paragraphs'][number]> {
  if (outcome === null) return new Map();
  let index = paragraphIndex.get(outcome);
  if (index === undefined) {
    index = new Map(outcome.paragraphs.map((p) => [paragraphKey({ paragraph: p.number, part: p.part }), p]));
    paragraphIndex.set(outcome, index);
  }
  return index;
}

export function effectiveTrace(machine: Trace | null, review: Review | undefined, outcome: Outcome | null): EffectiveTrace {
  const byNumber = paragraphsOf(outcome);
  const decided = review?.links ?? new Map();
  const links: EffectiveLink[] = [];
  const removed: number[] = [];
  const machineLinks = new Map<number, TraceLink>((machine?.links ?? []).map((l) => [paragraphKey(l), l]));
  for (const [key, link] of machineLinks) {
    const decision = decided.get(key);
    if (decision?.op === 'removed') {
      removed.push(key);
      continue;
    }
    const strength = decision === undefined ? link.strength : decision.strength;
    links.push({
      paragraph: link.paragraph,
      ...partField(link),
      citation: link.citation,
      strength,
      score: link.score,
      status: strength === link.strength ? 'machine' : 'changed',
      outcomeText: byNumber.get(key)?.text ?? '',
      evidence: { recommendation: link.evidence.recommendation.map(copySpan), outcome: link.evidence.outcome.map(copySpan) },
      ...(link.precedent === undefined ? {} : { precedent: { citation: link.precedent.citation, similarity: link.precedent.similarity } }),
    });
  }
  for (const [key, decision] of decided) {
    if (decision.op === 'removed' || machineLinks.has(key)) continue;
    const target = byNumber.get(key);
    const ref = paragraphRef(key);
    links.push({
      ...ref,
      citation: target?.citation ?? placeLabel(ref),
      strength: decision.strength,
      score: null,
      status: 'added',
      outcomeText: target?.text ?? '',
      evidence: { recommendation: [], outcome: [] },
    });
  }
  links.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1) || byPlace(a, b));
  const status: TraceStatus = links.some((l) => l.strength === 'strong') ? 'strong' : links.length > 0 ? 'partial' : 'not-taken-up';
  return { status, links, removed };
}

/** The machine's next-best paragraphs that are neither linked nor removed now: where a reviewer looks first. */
export function candidateViews(machine: Trace | null, trace: EffectiveTrace, outcome: Outcome | null): TraceCandidateView[] {
  const byNumber = paragraphsOf(outcome);
  const linked = new Set([...trace.links.map(paragraphKey), ...trace.removed]);
  return (machine?.candidates ?? [])
    .filter((c) => !linked.has(paragraphKey(c)))
    .map((c) => {
      const target = byNumber.get(paragraphKey(c));
      const heading = themes(target?.headings ?? c.headings ?? []).at(-1) ?? null;
      return { paragraph: c.paragraph, ...partField(c), citation: c.citation, score: c.score, heading, outcomeText: target?.text ?? '' };
    });
}

/** When a reviewer last decided about a topic or an outcome paragraph. */
function decidedAt(review: Review, target: { topic: string } | { paragraph: number }): string {
  let at = '';
  for (const event of review.events) {
    if (!inForce(review, event)) continue;
    const touches =
      'topic' in target
        ? event.action === 'confirm'
          ? (event.topic ?? '').split(',').includes(target.topic)
          : event.topic === target.topic && event.action.endsWith('-topic')
        : event.paragraph === target.paragraph;
    if (touches) at = event.created_at;
  }
  return at;
}

/**
 * Where the machine's output, as of its latest mapping, differs from what a reviewer had
 * decided before that mapping. A decision taken after the latest mapping is not yet a
 * disagreement: the machine has not had a chance to learn from it.
 */
export function disagreements(
  id: string,
  citation: string,
  machineTopics: readonly TopicAssignment[],
  machineTrace: Trace | null,
  review: Review | undefined,
  mappedAt: string | null,
): Disagreement[] {
  if (review === undefined || mappedAt === null) return [];
  const found: Disagreement[] = [];
  const push = (d: Disagreement, target: { topic: string } | { paragraph: number }): void => {
    if (decidedAt(review, target) <= mappedAt) found.push(d);
  };
  const proposed = new Set(machineTopics.map((t) => t.id));
  for (const [topic, decision] of review.topics) {
    if (decision === 'rejected' && proposed.has(topic)) push({ recommendationId: id, citation, kind: 'topic', target: topic, decision, machine: 'proposed' }, { topic });
    if (decision !== 'rejected' && !proposed.has(topic)) push({ recommendationId: id, citation, kind: 'topic', target: topic, decision, machine: 'not-proposed' }, { topic });
  }
  if (machineTrace !== null) {
    const linked = new Map(machineTrace.links.map((l) => [paragraphKey(l), l.strength]));
    for (const [paragraph, decision] of review.links) {
      const machine = linked.get(paragraph);
      // The operative paragraph's number, as before; a preambular one as "preamble, para. 3".
      const target = paragraph < 0 ? placeLabel(paragraphRef(paragraph)) : String(paragraph);
      const machineSays = machine === undefined ? 'not-linked' : machine === 'strong' ? 'linked-strong' : 'linked-partial';
      const at = { paragraph };
      if (decision.op === 'removed' && machine !== undefined) push({ recommendationId: id, citation, kind: 'link', target, decision: 'link-removed', machine: machineSays }, at);
      if (decision.op !== 'removed' && machine === undefined) push({ recommendationId: id, citation, kind: 'link', target, decision: decision.op === 'added' ? 'link-added' : 'link-strength', machine: machineSays }, at);
      if (decision.op !== 'removed' && machine !== undefined && machine !== decision.strength) push({ recommendationId: id, citation, kind: 'link', target, decision: 'link-strength', machine: machineSays }, at);
    }
  }
  return found;
}
