// Reading and reviewing the mapping: matrix, narrative, recommendations, decisions,
// search and the trace view.
import type { Context, Hono } from 'hono';
import { DecisionInputSchema, NarrativeQuerySchema, RecommendationQuerySchema, SearchQuerySchema } from '../api-types.ts';
import { withSignedInReviewer } from '../auth/context.ts';
import { ApiError } from '../errors.ts';
import { decide } from '../services/decide.ts';
import { encoded, memoizedJson, type KeptAnswer } from '../views/project-run.ts';
import { idParam, jsonBody, query } from '../validate.ts';
import { buildMatrix } from '../views/matrix.ts';
import { buildNarrative } from '../views/narrative.ts';
import { detail, summaryOf } from '../views/recommendation.ts';
import { search } from '../views/search.ts';
import { buildTraceView } from '../views/trace.ts';
import type { Deps } from './deps.ts';

/** A view's JSON, serialised once per project state (see memoizedJson). */
const json = (c: Context, answer: KeptAnswer): Response => {
  const { body, gzip } = encoded(answer, c.req.header('accept-encoding'));
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/json; charset=UTF-8',
    vary: 'Accept-Encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
};

export function registerReviewRoutes(api: Hono, { store, cache }: Deps): void {
  api.get('/projects/:pid/matrix', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    return json(c, memoizedJson(state, 'matrix', '', () => buildMatrix(state)));
  });

  api.get('/projects/:pid/narrative', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const filter = query(c, NarrativeQuerySchema);
    return json(c, memoizedJson(state, 'narrative', `${filter.section ?? ''}\u0000${filter.topic ?? ''}\u0000${filter.region ?? ''}`, () => buildNarrative(state, filter)));
  });

  api.get('/projects/:pid/recommendations', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const q = query(c, RecommendationQuerySchema);
    const all = [...state.recs.values()]
      .filter((e) => q.documentId === undefined || e.documentId === q.documentId)
      .filter((e) => q.region === undefined || e.region === q.region)
      .map((e) => summaryOf(state, e))
      .filter((s) => q.topic === undefined || s.topics.some((t) => t.id === q.topic))
      .filter((s) => q.section === undefined || s.topics.some((t) => t.section === q.section))
      .filter((s) => q.state === undefined || s.reviewState === q.state)
      .filter((s) => q.lowConfidence === undefined || s.lowConfidence === q.lowConfidence);
    return c.json({ total: all.length, recommendations: all.slice(q.offset, q.offset + q.limit) });
  });

  api.get('/projects/:pid/recommendations/:rid', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const rid = c.req.param('rid');
    const entry = state.recs.get(rid);
    if (entry === undefined) throw new ApiError(404, 'not-found', `recommendation ${rid.slice(0, 80)} not found`);
    return c.json(detail(state, entry));
  });

  api.post('/projects/:pid/recommendations/:rid/decisions', async (c) => {
    const pid = idParam(c, 'pid');
    const input = await jsonBody(c, DecisionInputSchema);
    return c.json(await decide(store, cache, pid, c.req.param('rid'), withSignedInReviewer(c, input)), 201);
  });

  api.get('/projects/:pid/search', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const filter = query(c, SearchQuerySchema);
    return json(c, memoizedJson(state, 'search', JSON.stringify(filter), () => search(state, filter)));
  });

  api.get('/projects/:pid/trace', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const outcome = state.outcome;
    if (outcome === null) throw new ApiError(404, 'not-found', 'nothing traced yet: upload an outcome document and re-map');
    return json(c, memoizedJson(state, 'trace', '', () => buildTraceView(state, outcome)));
  });
}
