// `concord backup` and `concord restore` on a PostgreSQL store (CONCORD_TEST_PG, with PostgreSQL's
// client tools on PATH): pg_dump while `concord serve` takes decisions, pg_restore into an empty database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { assertOneLine, concord, exportsOf, importCorpus, recommendations, serve, writeDecisions } from './backup-support.ts';
import type { Serving } from './backup-support.ts';
import { MIGRATION_NAMES } from '../../src/store/migrations/index.ts';

/** The schema this Concord writes: a backup of a fresh store is at this migration. */
const LATEST = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];

const postgres = backends.find((b) => b.name === 'postgres');
const onPath = (name: string): boolean => (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
  try {
    accessSync(join(dir, name), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
const missing = ['pg_dump', 'pg_restore', 'psql'].filter((name) => !onPath(name));
const skip = postgres?.skip || (missing.length > 0 ? `${missing.join(', ')} not on PATH (install postgresql-client); PostgreSQL backup skipped` : false);

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const decisionsIn = async (url: string): Promise<Map<number, string>> =>
  new Map((await query<{ id: number; rec_id: string; topic: string; action: string }>(url, 'select id, rec_id, topic, action from decisions order by id')).map((r) => [r.id, `${r.rec_id} ${r.topic} ${r.action}`]));

describe('concord backup and restore of a PostgreSQL store', { skip, timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-backup-pg-'));
  const databases: TestDatabase[] = [];
  const fresh = async (): Promise<string> => {
    const created = await postgres!.create();
    databases.push(created);
    return created.location;
  };
  let source = '';
  let server: Serving | undefined;
  const during = join(dir, 'during.dump');
  const archive = join(dir, 'concord.dump');
  let acknowledgedBefore = new Set<string>();

  before(async () => {
    source = await fresh();
    await importCorpus(source);
    server = await serve(source);
  });
  after(async () => {
    await server?.stop();
    for (const d of databases) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('dumps the store with pg_dump while the workbench serves it and decisions are being written', async () => {
    assert.ok(server !== undefined);
    const work = (await recommendations(server.port)).flatMap((r) => r.topics.map((topic) => ({ id: r.id, topic })));
    const writers = writeDecisions(server.port, work);
    const acknowledged = async (n: number): Promise<void> => {
      while (writers.acknowledged.length < n) await new Promise((r) => setTimeout(r, 20));
    };
    await acknowledged(20);
    acknowledgedBefore = new Set(writers.acknowledged);
    const ran = await concord(['backup', '--db', source, '--out', during]).done;
    await acknowledged(writers.acknowledged.length + 8);
    await writers.stop();
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /^Backed up postgres:\/\/.*\(migration \d{3}-[a-z-]+; 1 project, [\d,]+ decisions\) to .*during\.dump \(pg_dump archive, custom format, [\d.]+ (kB|MB)\)\.\n$/);
    assert.ok(ran.stdout.includes(`migration ${LATEST}`), ran.stdout);

    const restored = await fresh();
    assert.equal((await concord(['restore', '--db', restored, '--from', during]).done).status, 0);
    const [copied, stored] = [await decisionsIn(restored), await decisionsIn(source)];
    for (const key of acknowledgedBefore) assert.ok([...copied.values()].includes(key), `acknowledged decision ${key} is in the backup`);
    for (const [id, key] of copied) assert.equal(stored.get(id), key);
    assert.ok(copied.size < stored.size);
  });

  it('restores into an empty database a store that gives the same exports and review log, byte for byte', async () => {
    // Writers stopped, the workbench still serving; the earlier archive is Concord's, so --force may replace it.
    assert.equal((await concord(['backup', '--db', source, '--out', during, '--force']).done).status, 0);
    assert.equal((await concord(['backup', '--db', source, '--out', archive]).done).status, 0);
    const restored = await fresh();
    const ran = await concord(['restore', '--db', restored, '--from', archive]).done;
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /^Restored .*concord\.dump \(a Concord store at migration \d{3}-[a-z-]+\) into postgres:\/\/[^:]*@[^ ]+: 1 project, [\d,]+ decisions\.\n$/);
    assert.ok(ran.stdout.includes(`migration ${LATEST}`), ran.stdout);
    assert.deepEqual(await decisionsIn(restored), await decisionsIn(source));
    const [original, copy] = [await exportsOf(source), await exportsOf(restored)];
    for (const [name, text] of original) assert.equal(copy.get(name), text, `${name} of the restored store`);

    // Not empty any more: refused without --force, replaced (in one transaction) with it.
    assertOneLine(await concord(['restore', '--db', restored, '--from', archive]).done, 5, /^concord: postgres:\/\/.* is not empty \(\d+ table\(s\), a Concord store\): restore into an empty database, or give --force/);
    const again = await concord(['restore', '--db', restored, '--from', archive, '--force']).done;
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /replacing the store there/);
    assert.deepEqual(await decisionsIn(restored), await decisionsIn(source));
  });

  it('never replaces a database that is not a Concord store, and refuses a backup of the other kind by name', async () => {
    const other = await fresh();
    await query(other, 'create table invoices (id integer primary key)');
    assertOneLine(await concord(['restore', '--db', other, '--from', archive, '--force']).done, 5, /^concord: postgres:\/\/.* holds tables that are not a Concord store's \(public\.invoices\): --force replaces only a Concord store; nothing was changed\n$/);
    assert.deepEqual(await query(other, "select table_name from information_schema.tables where table_schema = 'public'"), [{ table_name: 'invoices' }]);
    assertOneLine(await concord(['backup', '--db', other, '--out', join(dir, 'x.dump')]).done, 3, /^concord: postgres:\/\/.*: is not a Concord store: it has no kysely_migration table \(it has 1 other table\(s\)\)\n$/);
    assertOneLine(await concord(['restore', '--db', join(dir, 'store.sqlite'), '--from', archive]).done, 3, /^concord: .*concord\.dump: is a PostgreSQL archive \(pg_dump\), not a SQLite store; restore it into a postgres:\/\/ --db\n$/);
  });
});

describe('concord backup of a PostgreSQL store without PostgreSQL\'s client tools', () => {
  it('says in one line that pg_dump (or pg_restore) is needed, before connecting, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-no-pg-dump-'));
    try {
      // A PATH with nothing on it (node is started by its path); the URL names no server, which is never reached.
      const empty = join(dir, 'empty-path');
      mkdirSync(empty);
      const noTools = { PATH: empty };
      const url = 'postgres://concord:secret@127.0.0.1:1/concord';
      const out = join(dir, 'concord.dump');
      assertOneLine(await concord(['backup', '--db', url, '--out', out], noTools).done, 6, /^concord: pg_dump is not on PATH: backing up a PostgreSQL store needs PostgreSQL's client tools \(pg_dump, pg_restore, psql\)/);
      assert.deepEqual(readdirSync(dir), ['empty-path']);
      writeFileSync(out, 'PGDMP');
      assertOneLine(await concord(['restore', '--db', url, '--from', out], noTools).done, 6, /^concord: pg_restore is not on PATH: restoring a PostgreSQL store needs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
