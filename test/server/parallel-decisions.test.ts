// Ten reviewers deciding at once, through running servers on one database: every
// acknowledged decision is in the history and the review log of both, while they run
// (no restart), on SQLite and on PostgreSQL, where ids may commit out of order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createProject, putDocument } from '../../src/store/index.ts';
import { createApp } from '../../src/server/app.ts';
import type { History } from '../../src/server/api-types.ts';
import { loadCodebook } from '../../src/mapping/load-codebook.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { client, rid } from './client.ts';

const CLIENTS = 10;
const EACH = 60;

for (const backend of backends) {
  describe(`ten reviewers deciding at once on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    const stores: Store[] = [];
    let apis: ReturnType<typeof client>[] = [];
    let pid = 0;
    let work: { id: string; topic: string }[] = [];

    before(async () => {
      database = await backend.create();
      const setup = await openStore(database.location);
      const project = await createProject(setup, 'parallel', { kind: 'shipped', name: 'crime-congress-14' });
      pid = project.id;
      const model = await readDocument(corpusPath('rpm-europe.txt'));
      await putDocument(setup, pid, { role: 'report', name: 'rpm-europe.txt', format: 'txt', symbol: model.symbol, region: model.region ?? null, bytes: null, size: 0, modelJson: JSON.stringify(model) });
      await setup.close();
      const topics = (await loadCodebook('crime-congress-14')).sections.flatMap((s) => s.topics.map((t) => t.id));
      work = model.recommendations.flatMap((r) => topics.map((topic) => ({ id: r.id, topic }))).slice(0, CLIENTS * EACH);
      assert.equal(work.length, CLIENTS * EACH);
      // PostgreSQL: two servers on the one database, each must see its own decisions and the other's.
      // SQLite: one (better-sqlite3 waits for a lock synchronously, so two in one process would block each other).
      for (let i = 0; i < (backend.name === 'postgres' ? 2 : 1); i++) stores.push(await openStore(database.location));
      apis = stores.map((store) => client(createApp({ store, webRoot: null }).app));
      // Both hold the project in memory before the decisions start.
      for (const api of apis) assert.equal((await api.get<History>(`/projects/${pid}/history`)).body.total, 0);
    });
    after(async () => {
      for (const store of stores) await store.close();
      await database.drop();
    });

    it(`keeps all ${CLIENTS * EACH} acknowledged decisions in the running servers' history and review log`, async () => {
      const acknowledged: string[] = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          const api = apis[c % apis.length];
          assert.ok(api !== undefined);
          for (let k = 0; k < EACH; k++) {
            const item = work[c * EACH + k];
            assert.ok(item !== undefined);
            const answer: { status: number; body: unknown } = await api.post(`/projects/${pid}/recommendations/${rid(item.id)}/decisions`, { action: 'add-topic', topic: item.topic, reviewer: `reviewer ${c + 1}` });
            assert.equal(answer.status, 201, JSON.stringify(answer.body));
            acknowledged.push(`${item.id} ${item.topic}`);
          }
        }),
      );
      assert.equal(acknowledged.length, CLIENTS * EACH);
      for (const [n, api] of apis.entries()) {
        const history = (await api.get<History>(`/projects/${pid}/history?limit=10000`)).body;
        const seen = new Set(history.events.map((e) => `${e.recommendationId} ${e.topic}`));
        const missing = acknowledged.filter((key) => !seen.has(key));
        assert.deepEqual(missing.length, 0, `server ${n + 1} misses ${missing.length} of ${acknowledged.length} in its history, e.g. ${missing.slice(0, 3).join('; ')}`);
        assert.equal(history.total, CLIENTS * EACH);
        const log = new TextDecoder().decode((await api.get<Uint8Array>(`/projects/${pid}/export/review-log`)).body as Uint8Array);
        const lines = log.trim().split(/\r?\n/);
        assert.equal(lines.length - 1, CLIENTS * EACH, `server ${n + 1}'s review log has every decision`);
      }
    });
  });
}
