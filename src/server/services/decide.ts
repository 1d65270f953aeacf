// Records one reviewer decision after checking it makes sense for the recommendation
// as it stands; the row is committed before the caller answers.
import type { Store } from '../../store/open.ts';
import { appendDecision } from '../../store/decisions.ts';
import { ConflictError, NotFoundError } from '../../store/errors.ts';
import { UsageError } from '../../model/errors.ts';
import type { DecisionInput, RecommendationDetail } from '../api-types.ts';
import type { ProjectCache } from '../project/state.ts';
import { effectiveTopics, effectiveTrace } from '../review/effective.ts';
import { detail } from '../views/recommendation.ts';

export async function decide(store: Store, cache: ProjectCache, projectId: number, recId: string, input: DecisionInput): Promise<RecommendationDetail> {
  const state = await cache.get(projectId);
  const entry = state.recs.get(recId);
  if (entry === undefined) throw new NotFoundError(`recommendation ${recId}`);
  const review = state.reviews.get(recId);
  const topics = effectiveTopics(entry.machineTopics, review, state.labels);
  let topic: string | undefined;
  let paragraph: number | undefined;
  let strength: string | undefined;
  switch (input.action) {
    case 'accept-topic':
    case 'reject-topic':
      if (!topics.some((t) => t.id === input.topic)) throw new ConflictError(`${input.topic} is not a topic of ${entry.rec.citation} now; add it instead`);
      topic = input.topic;
      break;
    case 'add-topic':
      if (!state.labels.has(input.topic)) throw new UsageError(`unknown topic "${input.topic}": use a topic id of the project's codebook, e.g. ${[...state.labels.keys()][0] ?? 'A1'}`);
      if (topics.some((t) => t.id === input.topic)) throw new ConflictError(`${input.topic} is already a topic of ${entry.rec.citation}; accept it instead`);
      topic = input.topic;
      break;
    case 'confirm':
      topic = topics.map((t) => t.id).join(',');
      break;
    case 'add-link':
    case 'remove-link':
    case 'set-link-strength': {
      if (state.outcome === null) throw new ConflictError('the project has no traced outcome document: upload one and re-map first');
      if (!state.outcome.paragraphs.some((p) => p.number === input.paragraph)) throw new UsageError(`the outcome document has no paragraph ${input.paragraph}`);
      const linked = effectiveTrace(entry.machineTrace, review, state.outcome).links.some((l) => l.paragraph === input.paragraph);
      if (input.action === 'add-link' && linked) throw new ConflictError(`${entry.rec.citation} is already linked to paragraph ${input.paragraph}; set its strength instead`);
      if (input.action !== 'add-link' && !linked) throw new ConflictError(`${entry.rec.citation} is not linked to paragraph ${input.paragraph}`);
      paragraph = input.paragraph;
      if (input.action !== 'remove-link') strength = input.strength;
      break;
    }
  }
  await appendDecision(store, projectId, {
    recId,
    citation: entry.rec.citation,
    action: input.action,
    topic,
    paragraph,
    strength,
    note: input.note === undefined || input.note.trim() === '' ? undefined : input.note,
    reviewer: input.reviewer === undefined || input.reviewer === '' ? undefined : input.reviewer,
  });
  const after = await cache.get(projectId);
  const fresh = after.recs.get(recId);
  if (fresh === undefined) throw new NotFoundError(`recommendation ${recId}`);
  return detail(after, fresh);
}
