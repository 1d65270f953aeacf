// The reviewed state of a project as a MappingRun, so that exports are compiled by the
// same renderers as `concord build`, with reviewers' topics and links in place of the machine's.
import { paragraphKey, partField } from '../../tracing/paragraph-key.ts';
import type { TopicAssignment } from '../../mapping/types.ts';
import type { Region } from '../../model/types.ts';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import { summarize as summarizeDocument } from '../../pipeline/summarize.ts';
import type { Trace } from '../../tracing/types.ts';
import { coverage, reverseLinks } from '../../tracing/coverage.ts';
import { version } from '../../version.ts';
import type { ProjectState } from '../project/state.ts';
import type { EffectiveTopic } from '../api-types.ts';
import { effectiveTopics, effectiveTrace, isReviewed } from '../review/effective.ts';

/** The reviewed run, and what the workbench's views show beside it: each topic's review status, and who was reviewed. */
export interface ReviewedProject {
  readonly run: MappingRun;
  /** Recommendation id -> topic id -> proposed, accepted or added. */
  readonly topicStatus: ReadonlyMap<string, ReadonlyMap<string, EffectiveTopic['status']>>;
  readonly reviewed: ReadonlySet<string>;
}

export function reviewedRun(state: ProjectState, now: Date = new Date()): MappingRun {
  return reviewedProject(state, now).run;
}

export function reviewedProject(state: ProjectState, now: Date = new Date()): ReviewedProject {
  const traces = new Map<string, Trace>();
  const recommendations: RunRecommendation[] = [];
  const topicStatus = new Map<string, Map<string, EffectiveTopic['status']>>();
  const reviewed = new Set<string>();
  for (const entry of state.recs.values()) {
    const review = state.reviews.get(entry.rec.id);
    if (isReviewed(entry.machineTopics, review)) reviewed.add(entry.rec.id);
    const effectiveTopicList = effectiveTopics(entry.machineTopics, review, state.labels);
    topicStatus.set(entry.rec.id, new Map(effectiveTopicList.map((t) => [t.id, t.status])));
    const topics: TopicAssignment[] = effectiveTopicList.map((t) => ({
      id: t.id,
      label: t.label,
      section: t.section,
      score: t.score ?? 1,
      lowConfidence: t.lowConfidence,
      evidence: t.evidence,
    }));
    // A report's region stands in for a recommendation that does not carry its own (as in buildRun).
    const region = entry.rec.region ?? (entry.region === null ? undefined : (entry.region as Region));
    const base = { ...entry.rec, ...(region === undefined ? {} : { region }), topics };
    if (state.outcome === null) {
      recommendations.push(base);
      continue;
    }
    // Links nobody decided on are the machine's, in its order, as `concord build` writes them.
    if ((review?.links.size ?? 0) === 0 && entry.machineTrace !== null) {
      traces.set(entry.rec.id, entry.machineTrace);
      recommendations.push({ ...base, trace: entry.machineTrace });
      continue;
    }
    const effective = effectiveTrace(entry.machineTrace, review, state.outcome);
    const trace: Trace = {
      status: effective.status,
      links: effective.links.map((l) => ({
        paragraph: l.paragraph,
        ...partField(l),
        citation: l.citation,
        strength: l.strength,
        score: l.score ?? 1,
        evidence: l.evidence,
        ...(l.precedent === undefined ? {} : { precedent: l.precedent }),
      })),
      // Untouched links are the machine's, so are its next-best paragraphs; once a reviewer has
      // decided about the links, those are no longer news.
      ...((review?.links.size ?? 0) > 0 || entry.machineTrace?.candidates === undefined ? {} : { candidates: entry.machineTrace.candidates }),
      // A reviewer decided about the links: the status is theirs, not the machine's.
      ...((review?.links.size ?? 0) > 0 ? { reviewed: true as const } : {}),
    };
    traces.set(entry.rec.id, trace);
    recommendations.push({ ...base, trace });
  }
  let outcome: MappingRun['outcome'];
  if (state.outcome !== null) {
    const reverse = reverseLinks(recommendations, traces);
    outcome = {
      ...state.outcome,
      paragraphs: state.outcome.paragraphs.map((p) => ({ ...p, reverse: reverse.get(paragraphKey({ paragraph: p.number, part: p.part })) ?? [] })),
      coverage: coverage(recommendations, traces),
    };
  }
  const run: MappingRun = {
    concordVersion: version,
    generatedAt: now.toISOString(),
    codebook: state.codebook,
    documents: state.reports.map((d) => summarizeDocument(d.model, d.row.name)),
    recommendations,
    ...(outcome === undefined ? {} : { outcome }),
    skipped: [],
  };
  return { run, topicStatus, reviewed };
}
