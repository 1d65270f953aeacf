// Settling a disagreement: the adjudicator's topics become ordinary decisions in the review log
// (accept, add, reject as needed to reach them), each with the adjudicator as reviewer and the
// note "adjudicated: assignment N". Made one after another on the version each answer returns.
import type { Assignment } from '../../store/assignments.ts';
import type { Store } from '../../store/open.ts';
import { ConflictError, NotFoundError } from '../../store/errors.ts';
import { UsageError } from '../../model/errors.ts';
import type { DecisionInput, RecommendationDetail } from '../api-types.ts';
import type { ProjectCache } from '../project/state.ts';
import { decide } from '../services/decide.ts';
import { effectiveTopics } from '../review/effective.ts';
import { detail } from '../views/recommendation.ts';
import { adjudicationNote } from './report.ts';

export async function adjudicate(store: Store, cache: ProjectCache, assignment: Assignment, adjudicator: string, recId: string, chosen: readonly string[]): Promise<RecommendationDetail> {
  if (assignment.state === 'open') throw new ConflictError(`assignment "${assignment.name}" is still blind: adjudicate once every coder has submitted or an admin has closed it`);
  if (!assignment.recIds.includes(recId)) throw new NotFoundError(`recommendation ${recId.slice(0, 80)} in assignment "${assignment.name}"`);
  const state = await cache.get(assignment.projectId);
  const entry = state.recs.get(recId);
  if (entry === undefined) throw new NotFoundError(`recommendation ${recId.slice(0, 80)}`);
  const unknown = chosen.filter((t) => !state.labels.has(t));
  if (unknown.length > 0) throw new UsageError(`unknown topic "${unknown[0]}": use a topic id of the project's codebook`);
  const wanted = new Set(chosen);
  const review = state.reviews.get(recId);
  const current = effectiveTopics(entry.machineTopics, review, state.labels);
  const proposed = new Set(entry.machineTopics.map((t) => t.id));
  const note = adjudicationNote(assignment);
  const steps: Exclude<DecisionInput, { action: 'note' }>[] = [];
  for (const topic of current) {
    if (!wanted.has(topic.id)) steps.push({ action: 'reject-topic', topic: topic.id, note });
    else if (topic.status === 'proposed') steps.push({ action: 'accept-topic', topic: topic.id, note });
  }
  const inForce = new Set(current.map((t) => t.id));
  for (const topic of chosen) {
    if (inForce.has(topic)) continue;
    steps.push({ action: proposed.has(topic) ? 'accept-topic' : 'add-topic', topic, note });
  }
  // Nothing to change (the review already says what the adjudicator chose): the confirmation records the adjudication.
  if (steps.length === 0) steps.push({ action: 'confirm', note });
  let version = review?.version ?? 0;
  let answer: RecommendationDetail = detail(state, entry);
  for (const step of steps) {
    answer = await decide(store, cache, assignment.projectId, recId, { ...step, reviewer: adjudicator, version });
    version = answer.version;
  }
  return answer;
}
