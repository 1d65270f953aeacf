// Blind double coding over the API, on SQLite and PostgreSQL alike: an admin assigns part of a
// real report to two coders, who code blind and submit; the report gives hand-checked figures,
// the disagreements list what each chose, an adjudication lands in the review log as decisions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import JSZip from 'jszip';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { addUser } from '../../src/store/users.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import type { AgreementReport, AssignmentView, DisagreementsView, MyCodings } from '../../src/server/agreement/api.ts';
import type { ApiError, CodebookView, History, Project, RecommendationDetail } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { rid } from './client.ts';

/** One browser: keeps the session cookie, sends JSON. */
function browser(app: Hono, headers: Record<string, string> = {}) {
  let cookie = '';
  const send = async <T>(method: string, path: string, body?: unknown, form?: FormData): Promise<{ status: number; body: T; bytes: Uint8Array }> => {
    const h: Record<string, string> = { ...headers };
    if (cookie !== '') h['cookie'] = cookie;
    if (body !== undefined) h['content-type'] = 'application/json';
    const init: RequestInit = { method, headers: h };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (form !== undefined) init.body = form;
    const response = await app.request(`/api${path}`, init);
    const set = response.headers.get('set-cookie');
    if (set !== null) cookie = set.split(';')[0] ?? '';
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : undefined) as T, bytes };
  };
  return {
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, body?: unknown) => send<T>('POST', path, body ?? {}),
    put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
    upload: <T>(path: string, name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
      return send<T>('POST', path, undefined, form);
    },
    signIn: async (name: string, password: string) => assert.equal((await send('POST', '/login', { name, password })).status, 200),
  };
}

type Browser = ReturnType<typeof browser>;

for (const backend of backends) {
  describe(`blind double coding on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let app: Hono;
    let pid = 0;
    let aid = 0;
    let recs: string[] = [];
    let topic = '';
    let amina: Browser;
    let ana: Browser;
    let ben: Browser;
    let rui: Browser;
    let vera: Browser;

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      app = createApp({ store, webRoot: null }).app;
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('needs team mode: without users nobody can be a blind coder', async () => {
      const anyone = browser(app);
      pid = (await anyone.post<Project>('/projects', { name: 'double coding' })).body.id;
      assert.equal((await anyone.upload(`/projects/${pid}/documents`, 'rpm-europe.txt', readFileSync(corpusPath('rpm-europe.txt')))).status, 201);
      assert.equal((await anyone.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 200);
      const refused = await anyone.post<ApiError>(`/projects/${pid}/assignments`, { coders: ['Ana', 'Ben'], n: 6 });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'team-mode-required');
    });

    it('lets an admin assign six recommendations of a region to two reviewers, and nobody else', async () => {
      for (const [name, role] of [['Amina', 'admin'], ['Ana', 'reviewer'], ['Ben', 'reviewer'], ['Rui', 'reviewer'], ['Vera', 'viewer']] as const) {
        await addUser(store, name, role, await hashPassword(`${name} password`));
      }
      amina = browser(app);
      ana = browser(app);
      ben = browser(app);
      rui = browser(app);
      vera = browser(app);
      for (const [b, name] of [[amina, 'Amina'], [ana, 'Ana'], [ben, 'Ben'], [rui, 'Rui'], [vera, 'Vera']] as const) await b.signIn(name, `${name} password`);
      assert.equal((await rui.post(`/projects/${pid}/assignments`, { coders: ['Ana', 'Ben'], n: 6 })).status, 403, 'a reviewer may not assign');
      const viewerCoder = await amina.post<ApiError>(`/projects/${pid}/assignments`, { coders: ['Ana', 'Vera'], n: 6 });
      assert.equal(viewerCoder.status, 400);
      assert.match(viewerCoder.body.error.message, /Vera is a viewer/);
      const stranger = await amina.post<ApiError>(`/projects/${pid}/assignments`, { coders: ['Ana', 'Nobody'], n: 6 });
      assert.match(stranger.body.error.message, /no user named "Nobody"/);
      const created = await amina.post<AssignmentView>(`/projects/${pid}/assignments`, { coders: ['Ana', 'Ben'], region: 'Europe', n: 6 });
      assert.equal(created.status, 201);
      assert.equal(created.body.recommendations, 6);
      assert.equal(created.body.state, 'open');
      aid = created.body.id;
      const codebook = await amina.get<CodebookView>(`/projects/${pid}/codebook`);
      topic = codebook.body.codebook.sections[0]?.topics[0]?.id ?? '';
    });

    it('shows each coder the text and only their own choices, never the machine\'s or the other coder\'s', async () => {
      const mine = await ana.get<MyCodings>(`/projects/${pid}/assignments/${aid}/codings`);
      assert.equal(mine.status, 200);
      recs = mine.body.items.map((i) => i.recommendationId);
      assert.equal(recs.length, 6);
      assert.ok(mine.body.items.every((i) => i.text.length > 0 && i.topics === null));
      assert.doesNotMatch(JSON.stringify(mine.body), /machine|score|evidence/i);
      // Ana: the topic on the first three; Ben: on the first two and the fourth; the rest none.
      for (const [i, r] of recs.entries()) {
        assert.equal((await ana.put(`/projects/${pid}/assignments/${aid}/codings/${rid(r)}`, { topics: i < 3 ? [topic] : [] })).status, 200);
      }
      const bens = await ben.get<MyCodings>(`/projects/${pid}/assignments/${aid}/codings`);
      assert.ok(bens.body.items.every((i) => i.topics === null), "Ben does not see Ana's codings");
      for (const [i, r] of recs.entries()) await ben.put(`/projects/${pid}/assignments/${aid}/codings/${rid(r)}`, { topics: i < 2 || i === 3 ? [topic] : [] });
      assert.equal((await rui.get(`/projects/${pid}/assignments/${aid}/codings`)).status, 403, 'Rui is not a coder of it');
      assert.equal((await vera.put(`/projects/${pid}/assignments/${aid}/codings/${rid(recs[0] ?? '')}`, { topics: [] })).status, 403, 'a viewer may not code');
      const unknown = await ana.put<ApiError>(`/projects/${pid}/assignments/${aid}/codings/${rid(recs[0] ?? '')}`, { topics: ['ZZ99'] });
      assert.equal(unknown.status, 400);
    });

    it('keeps the report closed while blind, and refuses a coding from another site', async () => {
      const blind = await amina.get<ApiError>(`/projects/${pid}/assignments/${aid}/report`);
      assert.equal(blind.status, 409);
      assert.match(blind.body.error.message, /waiting for Ana, Ben/);
      const foreign = browser(app, { origin: 'http://evil.example' });
      assert.equal((await foreign.put(`/projects/${pid}/assignments/${aid}/codings/${rid(recs[0] ?? '')}`, { topics: [] })).status, 403);
    });

    it('gives the hand-computed figures once both coders submitted', async () => {
      assert.equal((await ana.post<AssignmentView>(`/projects/${pid}/assignments/${aid}/submit`)).body.submittedByMe, true);
      assert.equal((await ana.put(`/projects/${pid}/assignments/${aid}/codings/${rid(recs[0] ?? '')}`, { topics: [] })).status, 409, 'submitted codings are final');
      assert.equal((await ben.post<AssignmentView>(`/projects/${pid}/assignments/${aid}/submit`)).body.state, 'complete');
      const report = await vera.get<AgreementReport>(`/projects/${pid}/assignments/${aid}/report`);
      assert.equal(report.status, 200);
      assert.deepEqual(report.body.comparisons.map((c) => c.label), ['Ana vs Ben', 'Ana vs machine', 'Ben vs machine']);
      const pair = report.body.comparisons[0];
      assert.deepEqual(pair?.topics.map((t) => t.topic), [topic]);
      // 6 units: yes/yes twice, yes/no, no/yes, no/no twice. p_o = 4/6, p_e = 0.5: kappa = 1/3;
      // alpha = 1 - (12 - 1)(12 - 8) / (12^2 - 6^2 - 6^2) = 1 - 44/72.
      const figures = pair?.topics[0];
      assert.equal(figures?.percent.value?.toFixed(4), (4 / 6).toFixed(4));
      assert.equal(figures?.kappa.value?.toFixed(4), (1 / 3).toFixed(4));
      assert.equal(figures?.alpha.value?.toFixed(4), (1 - 44 / 72).toFixed(4));
      assert.deepEqual(figures?.applied, [3, 3]);
      assert.equal(pair?.pooled.kappa.value?.toFixed(4), (1 / 3).toFixed(4));
      assert.ok(report.body.comparisons[1]?.topics.length !== undefined);
    });

    it('lists the disagreements with each coder\'s topics, and records an adjudication as decisions in the review log', async () => {
      const list = await amina.get<DisagreementsView>(`/projects/${pid}/assignments/${aid}/disagreements`);
      assert.deepEqual(list.body.disagreements.map((d) => d.recommendationId), [recs[2], recs[3]]);
      const first = list.body.disagreements[0];
      assert.deepEqual(first?.codings.map((c) => [c.coder, c.topics]), [['Ana', [topic]], ['Ben', []]]);
      assert.equal(first?.adjudicated, null);
      assert.equal((await rui.post(`/projects/${pid}/assignments/${aid}/adjudications`, { recommendationId: recs[2], topics: [topic] })).status, 403, 'not the adjudicator');
      const settled = await amina.post<RecommendationDetail>(`/projects/${pid}/assignments/${aid}/adjudications`, { recommendationId: recs[2], topics: [topic] });
      assert.equal(settled.status, 201);
      assert.deepEqual(settled.body.topics.map((t) => t.id), [topic]);
      const history = await vera.get<History>(`/projects/${pid}/history`);
      const adjudicated = history.body.events.filter((e) => e.note === `adjudicated: assignment ${aid}`);
      assert.ok(adjudicated.length > 0);
      assert.ok(adjudicated.every((e) => e.reviewer === 'Amina' && e.recommendationId === recs[2]));
      const after = await amina.get<DisagreementsView>(`/projects/${pid}/assignments/${aid}/disagreements`);
      assert.deepEqual(after.body.disagreements[0]?.adjudicated?.topics, [topic]);
      assert.equal(after.body.disagreements[0]?.adjudicated?.by, 'Amina');
    });

    it('exports the figures as CSV (the one writer, with its BOM) and as a workbook with one sheet per table', async () => {
      const csv = await vera.get(`/projects/${pid}/assignments/${aid}/export/csv`);
      assert.equal(csv.status, 200);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
      assert.ok(text.startsWith('\uFEFFcomparison,coders,topic,label,units,percent agreement'));
      assert.match(text, /Ana vs Ben,Ana \+ Ben,/);
      assert.match(text, /overall \(pooled\)/);
      const xlsx = await vera.get(`/projects/${pid}/assignments/${aid}/export/xlsx`);
      const zip = await JSZip.loadAsync(xlsx.bytes);
      const book = await zip.file('xl/workbook.xml')?.async('string');
      assert.deepEqual([...(book ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]), ['Ana vs Ben', 'Ana vs machine', 'Ben vs machine', 'disagreements']);
    });
  });
}
