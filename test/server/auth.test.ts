// Team mode over the API, on SQLite and PostgreSQL alike: sign-in, sessions that expire,
// roles enforced on every route, failed sign-ins limited, the reviewer being whoever signed in.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { addUser, removeUser, setPassword } from '../../src/store/users.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import type { SessionInfo } from '../../src/server/auth/api.ts';
import type { ApiError, Project, RecommendationDetail, RecommendationList } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { rid } from './client.ts';

const HOUR = 3600_000;

/** One browser: keeps the session cookie the server sets, and sends it back. */
function browser(app: Hono) {
  let cookie = '';
  const send = async <T>(method: string, path: string, body?: unknown, form?: FormData): Promise<{ status: number; body: T; headers: Headers }> => {
    const headers: Record<string, string> = {};
    if (cookie !== '') headers['cookie'] = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (form !== undefined) init.body = form;
    const response = await app.request(`/api${path}`, init);
    const set = response.headers.get('set-cookie');
    if (set !== null) {
      const pair = set.split(';')[0] ?? '';
      cookie = pair.endsWith('=') ? '' : pair;
    }
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') ? await response.json() : await response.text();
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  return {
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, body?: unknown) => send<T>('POST', path, body),
    upload: <T>(path: string, name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
      return send<T>('POST', path, undefined, form);
    },
    signIn: (name: string, password: string) => send<SessionInfo & ApiError>('POST', '/login', { name, password }),
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      cookie = value;
    },
  };
}

for (const backend of backends) {
  describe(`team mode on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let app: Hono;
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const passwords = { Amina: 'admin password 1', Rui: 'reviewer password 2', Vera: 'viewer password 3' };
    let pid = 0;
    let recId = '';

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      app = createApp({ store, webRoot: null, auth: { sessions: { now: () => clock, idleMs: 2 * HOUR, absoluteMs: 12 * HOUR } } }).app;
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('stays single-user while the store has no user, as before', async () => {
      const anyone = browser(app);
      const session = await anyone.get<SessionInfo>('/session');
      assert.equal(session.status, 200);
      assert.deepEqual(session.body, { mode: 'single-user', abilities: { read: true, export: true, decide: true, manage: true } });
      assert.equal((await anyone.get('/projects')).status, 200);
    });

    it('answers 401 on every route once the store has a user, except sign-in and the health probe', async () => {
      await addUser(store, 'Amina', 'admin', await hashPassword(passwords.Amina));
      await addUser(store, 'Rui', 'reviewer', await hashPassword(passwords.Rui));
      await addUser(store, 'Vera', 'viewer', await hashPassword(passwords.Vera));
      const anyone = browser(app);
      for (const [method, path] of [['GET', '/projects'], ['POST', '/projects'], ['GET', '/session'], ['GET', '/projects/1/matrix'], ['GET', '/projects/1/export/csv'], ['POST', '/projects/1/remap'], ['GET', '/codebooks']] as const) {
        const reply = method === 'GET' ? await anyone.get<ApiError>(path) : await anyone.post<ApiError>(path, {});
        assert.equal(reply.status, 401, `${method} ${path}`);
        assert.equal(reply.body.error.code, 'sign-in-required');
      }
      assert.equal((await anyone.get('/health')).status, 200);
    });

    it('signs in with name and password into an HttpOnly, SameSite=Strict session cookie, and refuses a wrong password', async () => {
      const amina = browser(app);
      const wrong = await amina.signIn('Amina', 'not the password');
      assert.equal(wrong.status, 401);
      assert.equal(wrong.body.error.code, 'wrong-credentials');
      const unknown = await amina.signIn('Nobody', 'whatever it is');
      assert.equal(unknown.status, 401);
      assert.equal(unknown.body.error.message, wrong.body.error.message, 'an unknown name is not told apart from a wrong password');
      const signed = await amina.signIn('Amina', passwords.Amina);
      assert.equal(signed.status, 200);
      assert.deepEqual(signed.body.mode === 'team' ? signed.body.user : undefined, { name: 'Amina', role: 'admin' });
      const set = signed.headers.get('set-cookie') ?? '';
      assert.match(set, /^concord_session=[\w-]{43}; /);
      assert.match(set, /HttpOnly/);
      assert.match(set, /SameSite=Strict/);
      assert.match(set, /Path=\//);
      assert.doesNotMatch(set, /Secure/, 'plain http on loopback: a Secure cookie would never come back');
      const session = await amina.get<SessionInfo>('/session');
      assert.equal(session.status, 200);
      assert.ok(session.body.mode === 'team' && session.body.user.role === 'admin' && session.body.abilities.manage);
    });

    it('marks the cookie Secure behind a TLS proxy', async () => {
      const response = await app.request('/api/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ name: 'Vera', password: passwords.Vera }),
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('set-cookie') ?? '', /; Secure/);
    });

    it('signs in through a TLS reverse proxy named by --public-url: its Host and Origin pass, the cookie is Secure, other sites still do not', async () => {
      const proxied = createApp({ store, webRoot: null, listening: () => ({ host: '127.0.0.1', port: 8080, publicOrigin: 'https://concord.example.org' }) }).app;
      const login = (headers: Record<string, string>) =>
        proxied.request('http://127.0.0.1:8080/api/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name: 'Vera', password: passwords.Vera }) });
      const through = await login({ host: 'concord.example.org', origin: 'https://concord.example.org', 'sec-fetch-site': 'same-origin' });
      assert.equal(through.status, 200);
      assert.match(through.headers.get('set-cookie') ?? '', /; Secure/);
      assert.equal((await login({ host: 'concord.example.org', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status, 403);
      assert.equal((await login({ host: 'concord.example.org:444', origin: 'https://concord.example.org' })).status, 421);
      assert.equal((await login({ host: 'evil.example', origin: 'https://concord.example.org' })).status, 421);
    });

    it('lets an admin create a project, upload a report and re-map', async () => {
      const amina = browser(app);
      assert.equal((await amina.signIn('Amina', passwords.Amina)).status, 200);
      const created = await amina.post<Project>('/projects', { name: 'Team review' });
      assert.equal(created.status, 201);
      pid = created.body.id;
      assert.equal((await amina.upload(`/projects/${pid}/documents`, 'rpm-europe.txt', readFileSync(corpusPath('rpm-europe.txt')))).status, 201);
      assert.equal((await amina.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 200);
      const list = await amina.get<RecommendationList>(`/projects/${pid}/recommendations?limit=5`);
      const first = list.body.recommendations.find((r) => r.topics.length > 0);
      assert.ok(first !== undefined);
      recId = first.id;
    });

    it("lets a viewer read and export, and answers 403 for a viewer's decision, upload or re-map", async () => {
      const vera = browser(app);
      assert.equal((await vera.signIn('Vera', passwords.Vera)).status, 200);
      assert.equal((await vera.get(`/projects/${pid}/matrix`)).status, 200);
      assert.equal((await vera.get(`/projects/${pid}/recommendations/${rid(recId)}`)).status, 200);
      const csv = await vera.get<string>(`/projects/${pid}/export/csv`);
      assert.equal(csv.status, 200);
      const detail = (await vera.get<RecommendationDetail>(`/projects/${pid}/recommendations/${rid(recId)}`)).body;
      const topic = detail.topics[0]?.id ?? 'A1';
      const decision = await vera.post<ApiError>(`/projects/${pid}/recommendations/${rid(recId)}/decisions`, { action: 'accept-topic', topic });
      assert.equal(decision.status, 403);
      assert.equal(decision.body.error.code, 'forbidden');
      assert.match(decision.body.error.message, /Vera is a viewer and may not decide/);
      const upload = await vera.upload<ApiError>(`/projects/${pid}/documents`, 'rpm-europe.txt', readFileSync(corpusPath('rpm-europe.txt')));
      assert.equal(upload.status, 403);
      assert.equal((await vera.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 403);
      assert.equal((await vera.get<{ total: number }>(`/projects/${pid}/history`)).body.total, 0);
    });

    it('records the signed-in reviewer with a decision, whatever name the body carries, and keeps reviewers from managing', async () => {
      const rui = browser(app);
      assert.equal((await rui.signIn('Rui', passwords.Rui)).status, 200);
      const detail = (await rui.get<RecommendationDetail>(`/projects/${pid}/recommendations/${rid(recId)}`)).body;
      const topic = detail.topics[0]?.id ?? 'A1';
      const decided = await rui.post<RecommendationDetail>(`/projects/${pid}/recommendations/${rid(recId)}/decisions`, { action: 'accept-topic', topic, reviewer: 'Somebody Else' });
      assert.equal(decided.status, 201);
      assert.deepEqual(decided.body.history.map((h) => h.reviewer), ['Rui']);
      assert.equal((await rui.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 403);
      assert.equal((await rui.post('/projects', { name: 'Mine' })).status, 403);
      const codebook = await app.request(`/api/projects/${pid}/codebook`, { method: 'PUT', headers: { cookie: rui.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'crime-congress-14' }) });
      assert.equal(codebook.status, 403);
    });

    it('signs out: the session ends on the server, not only in the browser', async () => {
      const rui = browser(app);
      await rui.signIn('Rui', passwords.Rui);
      const kept = rui.cookie;
      const out = await rui.post('/logout');
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie') ?? '', /concord_session=;/);
      rui.cookie = kept;
      assert.equal((await rui.get('/session')).status, 401);
    });

    it('ends a session after two idle hours, and after twelve however busy', async () => {
      const vera = browser(app);
      await vera.signIn('Vera', passwords.Vera);
      clock += 2 * HOUR - 60_000;
      assert.equal((await vera.get('/session')).status, 200, 'used within the idle time');
      clock += 2 * HOUR - 60_000;
      assert.equal((await vera.get('/session')).status, 200, 'idle time counts from the last use');
      clock += 2 * HOUR + 1;
      assert.equal((await vera.get<ApiError>('/session')).status, 401, 'idle too long');

      const busy = browser(app);
      await busy.signIn('Vera', passwords.Vera);
      for (let hours = 1; hours < 12; hours += 1) {
        clock += HOUR;
        assert.equal((await busy.get('/projects')).status, 200, `after ${hours} h`);
      }
      clock += HOUR;
      assert.equal((await busy.get('/projects')).status, 401, 'after 12 h');
    });

    it("ends the browser's earlier session when it signs in again", async () => {
      const vera = browser(app);
      await vera.signIn('Vera', passwords.Vera);
      const first = vera.cookie;
      await vera.signIn('Vera', passwords.Vera);
      assert.notEqual(vera.cookie, first);
      const stale = browser(app);
      stale.cookie = first;
      assert.equal((await stale.get('/session')).status, 401);
      assert.equal((await vera.get('/session')).status, 200);
    });

    it('keeps sessions across a restart of the server (they live in the store)', async () => {
      const vera = browser(app);
      await vera.signIn('Vera', passwords.Vera);
      const restarted = browser(createApp({ store, webRoot: null, auth: { sessions: { now: () => clock } } }).app);
      restarted.cookie = vera.cookie;
      assert.equal((await restarted.get('/session')).status, 200);
    });

    it("ends a user's sessions when their password changes or they are removed", async () => {
      const rui = browser(app);
      await rui.signIn('Rui', passwords.Rui);
      await setPassword(store, 'Rui', await hashPassword('a new password for Rui'));
      assert.equal((await rui.get('/session')).status, 401);
      assert.equal((await rui.signIn('Rui', passwords.Rui)).status, 401);
      assert.equal((await rui.signIn('Rui', 'a new password for Rui')).status, 200);
      await removeUser(store, 'Rui');
      assert.equal((await rui.get('/session')).status, 401);
    });

    it('refuses sign-ins with 429 and Retry-After after repeated failures for a name, then lets them through once the window has passed', async () => {
      const limited = createApp({ store, webRoot: null, auth: { sessions: { now: () => clock }, limits: { perName: 3, perAddress: 100, windowMs: 15 * 60_000 } } }).app;
      const guesser = browser(limited);
      for (let i = 0; i < 3; i += 1) assert.equal((await guesser.signIn('vera', `guess ${i}`)).status, 401);
      const refused = await guesser.signIn('Vera', passwords.Vera);
      assert.equal(refused.status, 429, 'refused before the password is checked, even a right one');
      assert.equal(refused.body.error.code, 'too-many-attempts');
      assert.equal(refused.headers.get('retry-after'), String(15 * 60));
      clock += 10 * 60_000;
      assert.equal((await guesser.signIn('Vera', passwords.Vera)).headers.get('retry-after'), String(5 * 60));
      clock += 5 * 60_000;
      assert.equal((await guesser.signIn('Vera', passwords.Vera)).status, 200);
      assert.equal((await guesser.signIn('Amina', passwords.Amina)).status, 200, 'other names were never limited');
    });

    it('refuses sign-ins from an address that fails for many names', async () => {
      const limited = createApp({ store, webRoot: null, auth: { sessions: { now: () => clock }, limits: { perName: 100, perAddress: 4, windowMs: 15 * 60_000 } } }).app;
      const guesser = browser(limited);
      for (const name of ['ann', 'bob', 'cy', 'di']) assert.equal((await guesser.signIn(name, 'password123')).status, 401);
      const refused = await guesser.signIn('Amina', passwords.Amina);
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    });

    it('refuses everything when served beyond loopback from a store whose users are all gone', async () => {
      const wide = browser(createApp({ store, webRoot: null, auth: { teamOnly: true } }).app);
      for (const name of ['Amina', 'Vera']) await removeUser(store, name);
      const reply = await wide.get<ApiError>('/projects');
      assert.equal(reply.status, 403);
      assert.equal(reply.body.error.code, 'no-users');
      assert.equal((await browser(app).get('/projects')).status, 200, 'on loopback the same store is single-user again');
    });
  });
}
