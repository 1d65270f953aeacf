// Records one reviewer decision after checking it makes sense for the recommendation
// as it stands, and (with the version the reviewer saw) that nobody decided meanwhile;
// the row is committed before the caller answers.
import type { Store } from '../../store/open.ts';
import { appendDecision, StaleVersionError } from '../../store/decisions.ts';
import { ConflictError, NotFoundError } from '../../store/errors.ts';
import { UsageError } from '../../model/errors.ts';
import type { DecisionInput, RecommendationDetail, StaleDecision } from '../api-types.ts';
import { ApiError } from '../errors.ts';
import type { ProjectCache } from '../project/state.ts';
import { effectiveTopics, effectiveTrace } from '../review/effective.ts';
import { undoTarget } from '../review/fold.ts';
import { paragraphKey, placeLabel } from '../../tracing/paragraph-key.ts';
import { auditEvent, detail } from '../views/recommendation.ts';

export async function decide(store: Store, cache: ProjectCache, projectId: number, recId: string, input: DecisionInput): Promise<RecommendationDetail> {
  const state = await cache.get(projectId);
  const entry = state.recs.get(recId);
  if (entry === undefined) throw new NotFoundError(`recommendation ${recId}`);
  const review = state.reviews.get(recId);
  const topics = effectiveTopics(entry.machineTopics, review, state.labels);
  let topic: string | undefined;
  let paragraph: number | undefined;
  let strength: string | undefined;
  let undoes: number | undefined;
  // The version checked in the store: the reviewer's, or for an undo the one this server
  // read its target from, so that it never takes back a decision other than the one it names.
  let expected = input.action === 'note' ? undefined : input.version;
  switch (input.action) {
    case 'accept-topic':
      // A rejected topic can be accepted again: it is a new decision on the current version.
      if (!topics.some((t) => t.id === input.topic) && !entry.machineTopics.some((t) => t.id === input.topic) && !review?.topics.has(input.topic)) {
        throw new ConflictError(`${input.topic} is not a topic of ${entry.rec.citation} now; add it instead`);
      }
      topic = input.topic;
      break;
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
      // The store keeps a preambular paragraph as its number negated (paragraphKey): old rows stay operative.
      const key = paragraphKey(input);
      const place = placeLabel(input);
      if (!state.outcome.paragraphs.some((p) => paragraphKey({ paragraph: p.number, part: p.part }) === key)) throw new UsageError(`the outcome document has no paragraph ${place}`);
      const linked = effectiveTrace(entry.machineTrace, review, state.outcome).links.some((l) => paragraphKey(l) === key);
      if (input.action === 'add-link' && linked) throw new ConflictError(`${entry.rec.citation} is already linked to ${place}; set its strength instead`);
      if (input.action !== 'add-link' && !linked) throw new ConflictError(`${entry.rec.citation} is not linked to ${place}`);
      paragraph = key;
      if (input.action !== 'remove-link') strength = input.strength;
      break;
    }
    case 'note':
      break;
    case 'undo': {
      const target = undoTarget(review);
      if (target === undefined) throw new ConflictError(`nothing to undo on ${entry.rec.citation}: no decision is in force`);
      undoes = target.id;
      expected ??= review?.version ?? 0;
      break;
    }
  }
  const note = input.note === undefined || (input.action !== 'note' && input.note.trim() === '') ? undefined : input.note;
  try {
    await appendDecision(
      store,
      projectId,
      {
        recId,
        citation: entry.rec.citation,
        action: input.action,
        topic,
        paragraph,
        strength,
        note: note?.trim() === '' ? undefined : note,
        reviewer: input.reviewer === undefined || input.reviewer === '' ? undefined : input.reviewer,
        undoes,
      },
      expected,
    );
  } catch (error) {
    if (error instanceof StaleVersionError) throw await staleAnswer(cache, projectId, recId, error);
    throw error;
  }
  // Reads every decision committed up to and including this one (by seq): the answer shows it.
  const after = await cache.get(projectId);
  const fresh = after.recs.get(recId);
  if (fresh === undefined) throw new NotFoundError(`recommendation ${recId}`);
  return detail(after, fresh);
}

/** 409 `stale`: who decided what since the version the reviewer saw, and the recommendation as it is now. */
async function staleAnswer(cache: ProjectCache, projectId: number, recId: string, error: StaleVersionError): Promise<ApiError> {
  const state = await cache.get(projectId);
  const entry = state.recs.get(recId);
  if (entry === undefined) return new ApiError(404, 'not-found', `recommendation ${recId.slice(0, 80)} not found`);
  const review = state.reviews.get(recId);
  const since = error.since.map((row) => auditEvent(row, review));
  const who = since.map((e) => `${e.reviewer ?? 'another reviewer'} (${e.action}${e.topic === null ? '' : ` ${e.topic}`}${e.paragraph === null ? '' : ` ${placeLabel({ paragraph: e.paragraph, part: e.part })}`})`);
  const details: StaleDecision = { current: detail(state, entry), since };
  const message =
    since.length === 0
      ? `${entry.rec.citation} is at version ${error.current}, not ${error.expected}: reload it and decide again`
      : `${entry.rec.citation} was decided meanwhile by ${who.join(', ')}: your decision was not saved; decide again on the current state`;
  return new ApiError(409, 'stale', message, details);
}
