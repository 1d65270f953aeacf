// The decision log's order and versions, on both stores: each project numbers its decisions
// 1, 2, 3… in commit order, a decision on a stale version is refused without writing, and a
// store made before the numbering gets it from its ids when it opens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, Migrator, type Generated } from 'kysely';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { appendDecision, createProject, listDecisions, StaleVersionError } from '../../src/store/index.ts';
import { createPostgresBackend } from '../../src/store/dialect/postgres/index.ts';
import { createSqliteBackend } from '../../src/store/dialect/sqlite/index.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { backends } from './backends.ts';
import type { TestDatabase } from './backends.ts';

const rec = { recId: 'X/1#1a', citation: 'X/1, para. 1 (a)' };

/** The tables as the first migration made them (before decision numbers). */
interface FirstSchema {
  projects: { id: Generated<number>; name: string; codebook_kind: string; codebook_name: string; revision: number; created_at: string; updated_at: string };
  decisions: { id: Generated<number>; project_id: number; rec_id: string; citation: string; action: string; topic: string; created_at: string };
}

for (const backend of backends) {
  describe(`the decision log's order on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await backend.create();
    });
    after(async () => {
      await store?.close();
      await database.drop();
    });

    it('numbers the decisions of a store made before the numbering by their ids when it opens', async () => {
      const made = backend.name === 'postgres' ? createPostgresBackend(database.location) : createSqliteBackend(database.location);
      const db = new Kysely<FirstSchema>({ dialect: made.dialect });
      const migrated = await new Migrator({ db, provider: migrationProvider(made) }).migrateTo('001-initial');
      assert.equal(migrated.error, undefined);
      const at = new Date().toISOString();
      const project = await db.insertInto('projects').values({ name: 'old', codebook_kind: 'shipped', codebook_name: 'crime-congress-14', revision: 0, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
      for (const topic of ['A1', 'B1']) await db.insertInto('decisions').values({ project_id: project.id, rec_id: rec.recId, citation: rec.citation, action: 'add-topic', topic, created_at: at }).execute();
      await db.destroy();
      store = await openStore(database.location);
      const rows = await listDecisions(store, Number(project.id));
      assert.deepEqual(rows.map((r) => [r.topic, r.seq]), [['A1', rows[0]?.id], ['B1', rows[1]?.id]]);
      const next = await appendDecision(store, Number(project.id), { ...rec, action: 'add-topic', topic: 'C1' });
      assert.equal(next.seq, (rows[1]?.seq ?? 0) + 1);
    });

    it('numbers each project’s decisions in order and reads those after a number', async () => {
      const a = await createProject(store, 'A', { kind: 'shipped', name: 'crime-congress-14' });
      const b = await createProject(store, 'B', { kind: 'shipped', name: 'crime-congress-14' });
      for (const topic of ['A1', 'A2', 'A3']) await appendDecision(store, a.id, { ...rec, action: 'add-topic', topic });
      await appendDecision(store, b.id, { ...rec, action: 'add-topic', topic: 'B1' });
      // In parallel too: every number taken once, none skipped.
      await Promise.all(['C1', 'C2', 'C3', 'C4', 'C5'].map((topic) => appendDecision(store, a.id, { recId: `X/1#${topic}`, citation: rec.citation, action: 'add-topic', topic })));
      assert.deepEqual((await listDecisions(store, a.id)).map((r) => r.seq), [1, 2, 3, 4, 5, 6, 7, 8]);
      assert.deepEqual((await listDecisions(store, b.id)).map((r) => r.seq), [1]);
      assert.deepEqual((await listDecisions(store, a.id, 2)).slice(0, 1).map((r) => r.topic), ['A3']);
    });

    it('refuses a decision on a stale version without writing it, and lets a note through', async () => {
      const p = await createProject(store, 'Versions', { kind: 'shipped', name: 'crime-congress-14' });
      const first = await appendDecision(store, p.id, { ...rec, action: 'accept-topic', topic: 'A1', reviewer: 'Ana' }, 0);
      await appendDecision(store, p.id, { ...rec, action: 'note', note: 'checked' });
      const stale = await appendDecision(store, p.id, { ...rec, action: 'reject-topic', topic: 'A1', reviewer: 'Bo' }, 0).then(
        () => assert.fail('a decision on version 0 after version 1 was stored'),
        (error: unknown) => error,
      );
      assert.ok(stale instanceof StaleVersionError);
      assert.equal(stale.current, first.seq);
      assert.deepEqual(stale.since.map((r) => [r.reviewer, r.action]), [['Ana', 'accept-topic']]);
      // The note did not move the version: a decision on the accepted version goes through.
      await appendDecision(store, p.id, { ...rec, action: 'reject-topic', topic: 'A1', reviewer: 'Bo' }, first.seq);
      assert.deepEqual((await listDecisions(store, p.id)).map((r) => [r.action, r.seq]), [['accept-topic', 1], ['note', 2], ['reject-topic', 3]]);
    });
  });
}
