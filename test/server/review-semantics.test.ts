// What a decision means, through the API on both stores: a decision made on a stale
// version is refused with the current state and who decided since; a rejected topic can be
// accepted again; undo takes back the last decision; a note saves on its own; and a
// recommendation is reviewed only once every proposed topic is decided.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import type { ApiError, History, Narrative, Project, RecommendationDetail, RecommendationList, StaleDecision } from '../../src/server/api-types.ts';
import { provenanceOf } from '../../src/server/services/export-exchange.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { client, rid } from './client.ts';

type Stale = { error: ApiError['error'] & { details: StaleDecision } };

for (const backend of backends) {
  describe(`review semantics on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let api: ReturnType<typeof client>;
    let pid = 0;
    let recs: RecommendationList['recommendations'] = [];
    const path = (id: string): string => `/projects/${pid}/recommendations/${rid(id)}`;
    const decide = <T = RecommendationDetail>(id: string, body: object) => api.post<T>(`${path(id)}/decisions`, body);
    const pick = (n: number, skip = 0) => {
      const found = recs.filter((r) => r.topics.length === n)[skip];
      assert.ok(found !== undefined, `a recommendation with ${n} proposed topics`);
      return found;
    };

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      app = createApp({ store, webRoot: null });
      api = client(app.app);
      pid = (await api.post<Project>('/projects', { name: 'semantics' })).body.id;
      assert.equal((await api.upload(`/projects/${pid}/documents`, 'rpm-europe.txt', readFileSync(corpusPath('rpm-europe.txt')))).status, 201);
      assert.equal((await api.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 200);
      recs = (await api.get<RecommendationList>(`/projects/${pid}/recommendations`)).body.recommendations;
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('refuses a decision made on a stale version with 409, the current state and who decided meanwhile', async () => {
      const target = pick(2);
      const [first] = target.topics;
      assert.ok(first !== undefined);
      const seen = (await api.get<RecommendationDetail>(path(target.id))).body.version;
      const ana = await decide(target.id, { action: 'accept-topic', topic: first.id, reviewer: 'Ana', version: seen });
      assert.equal(ana.status, 201);
      assert.ok(ana.body.version > seen);
      const bo = await decide<Stale>(target.id, { action: 'reject-topic', topic: first.id, reviewer: 'Bo', version: seen });
      assert.equal(bo.status, 409);
      assert.equal(bo.body.error.code, 'stale');
      assert.match(bo.body.error.message, /decided meanwhile by Ana \(accept-topic /);
      assert.deepEqual(bo.body.error.details.since.map((e) => [e.reviewer, e.action, e.topic]), [['Ana', 'accept-topic', first.id]]);
      assert.deepEqual(bo.body.error.details.current.decisions.accepted, [first.id]);
      assert.equal(bo.body.error.details.current.version, ana.body.version);
      const history = (await api.get<RecommendationDetail>(path(target.id))).body.history;
      assert.deepEqual(history.map((h) => h.reviewer), ['Ana'], 'the stale decision was not stored');
      // On the version Ana's decision left, Bo's decision goes through.
      assert.equal((await decide(target.id, { action: 'reject-topic', topic: first.id, reviewer: 'Bo', version: ana.body.version })).status, 201);
    });

    it('accepts a rejected topic again, as a new decision on the current version', async () => {
      const target = pick(1);
      const [topic] = target.topics;
      assert.ok(topic !== undefined);
      const rejected = await decide(target.id, { action: 'reject-topic', topic: topic.id, version: 0 });
      assert.equal(rejected.status, 201);
      assert.deepEqual(rejected.body.decisions.rejected, [topic.id]);
      const accepted = await decide(target.id, { action: 'accept-topic', topic: topic.id, version: rejected.body.version });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      assert.deepEqual(accepted.body.decisions, { accepted: [topic.id], rejected: [], added: [] });
      assert.equal(accepted.body.topics.find((t) => t.id === topic.id)?.status, 'accepted');
    });

    it('undoes the last decision, then the one before, and says when nothing is left to undo', async () => {
      const target = pick(2, 1);
      const [a, b] = target.topics;
      assert.ok(a !== undefined && b !== undefined);
      const one = await decide(target.id, { action: 'accept-topic', topic: a.id, reviewer: 'Ana' });
      const two = await decide(target.id, { action: 'reject-topic', topic: b.id, reviewer: 'Ana' });
      assert.equal(two.body.reviewState, 'reviewed');
      assert.equal(two.body.undoable?.action, 'reject-topic');
      const undone = await decide(target.id, { action: 'undo', reviewer: 'Ana', version: two.body.version });
      assert.equal(undone.status, 201);
      assert.deepEqual(undone.body.decisions, { accepted: [a.id], rejected: [], added: [] });
      assert.equal(undone.body.topics.find((t) => t.id === b.id)?.status, 'proposed');
      assert.equal(undone.body.reviewState, 'unreviewed');
      assert.deepEqual(undone.body.history.map((h) => [h.action, h.undone]), [['undo', false], ['reject-topic', true], ['accept-topic', false]]);
      assert.equal(undone.body.history[0]?.undoes, two.body.history[0]?.id);
      const again = await decide(target.id, { action: 'undo', reviewer: 'Ana' });
      assert.deepEqual(again.body.decisions, { accepted: [], rejected: [], added: [] });
      assert.ok(one.body.version < again.body.version);
      const nothing = await decide<ApiError>(target.id, { action: 'undo' });
      assert.equal(nothing.status, 409);
      assert.match(nothing.body.error.message, /nothing to undo/);
      // An undone acceptance codes nothing in the REFI-QDA export.
      assert.equal(provenanceOf(await app.cache.get(pid)).codedBy?.(target.id, a.id), undefined);
    });

    it('saves a note on its own, without deciding anything or moving the version', async () => {
      const target = pick(3);
      const before = (await api.get<RecommendationDetail>(path(target.id))).body;
      const saved = await decide(target.id, { action: 'note', note: 'ask the Europe desk', reviewer: 'Ana' });
      assert.equal(saved.status, 201);
      assert.deepEqual(saved.body.note && { text: saved.body.note.text, reviewer: saved.body.note.reviewer }, { text: 'ask the Europe desk', reviewer: 'Ana' });
      assert.equal(saved.body.version, before.version);
      assert.equal(saved.body.reviewState, 'unreviewed');
      assert.equal(saved.body.undoable, null);
      // A decision on the version seen before the note still goes through.
      const [first] = target.topics;
      assert.ok(first !== undefined);
      assert.equal((await decide(target.id, { action: 'accept-topic', topic: first.id, version: before.version })).status, 201);
      const reloaded = (await api.get<RecommendationDetail>(path(target.id))).body;
      assert.equal(reloaded.note?.text, 'ask the Europe desk');
      const cleared = await decide(target.id, { action: 'note', note: '' });
      assert.equal(cleared.body.note, null);
      const log = (await api.get<History>(`/projects/${pid}/history?limit=1000`)).body.events.filter((e) => e.recommendationId === target.id);
      assert.deepEqual(log.map((e) => e.action), ['note', 'accept-topic', 'note']);
    });

    it('counts a recommendation reviewed only when every proposed topic is decided, and exports the rest as the machine’s', async () => {
      const target = pick(3, 1);
      const [a, b, c] = target.topics;
      assert.ok(a !== undefined && b !== undefined && c !== undefined);
      const one = await decide(target.id, { action: 'accept-topic', topic: a.id, reviewer: 'Ana' });
      assert.equal(one.body.reviewState, 'unreviewed');
      assert.ok(!(await api.get<RecommendationList>(`/projects/${pid}/recommendations?state=reviewed`)).body.recommendations.some((r) => r.id === target.id));
      // The undecided proposals stay proposals: not coded by Ana, not shown as accepted.
      const provenance = provenanceOf(await app.cache.get(pid));
      assert.equal(provenance.codedBy?.(target.id, a.id)?.reviewer, 'Ana');
      assert.equal(provenance.codedBy?.(target.id, b.id), undefined);
      const narrative = (await api.get<Narrative>(`/projects/${pid}/narrative?topic=${b.id}`)).body;
      const entry = narrative.sections.flatMap((s) => s.topics).flatMap((t) => t.regions).flatMap((r) => r.recommendations).find((e) => e.id === target.id);
      assert.deepEqual(entry && [entry.status, entry.reviewState], ['proposed', 'unreviewed']);
      await decide(target.id, { action: 'reject-topic', topic: b.id });
      const all = await decide(target.id, { action: 'accept-topic', topic: c.id });
      assert.equal(all.body.reviewState, 'reviewed');
      const project = (await api.get<Project>(`/projects/${pid}`)).body;
      const reviewed = (await api.get<RecommendationList>(`/projects/${pid}/recommendations?state=reviewed`)).body;
      assert.equal(project.reviewedCount, reviewed.total);
      assert.ok(reviewed.recommendations.some((r) => r.id === target.id));
      // A recommendation with no proposal is reviewed once a reviewer confirms that none applies.
      const bare = recs.find((r) => r.topics.length === 0);
      if (bare !== undefined) assert.equal((await decide(bare.id, { action: 'confirm' })).body.reviewState, 'reviewed');
    });
  });
}
