// `concord backup` and `concord restore` on a SQLite store: the README's workbench project, backed up
// while `concord serve` holds it open and reviewers' decisions are being written, then restored.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { corpusPath } from '../support/shared.ts';
import { assertOneLine, concord, exportsOf, importCorpus, recommendations, serve, writeDecisions } from './backup-support.ts';
import type { Serving } from './backup-support.ts';
import { MIGRATION_NAMES } from '../../src/store/migrations/index.ts';

/** The schema this Concord writes: a backup of a fresh store is at this migration. */
const LATEST = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];

/** The decisions in a SQLite store or backup, by id: "recommendation topic action". */
function decisionsIn(file: string): Map<number, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('select id, rec_id, topic, action from decisions order by id').all() as { id: number; rec_id: string; topic: string; action: string }[];
    return new Map(rows.map((r) => [r.id, `${r.rec_id} ${r.topic} ${r.action}`]));
  } finally {
    db.close();
  }
}

function checked(file: string): { integrity: unknown; journal: unknown } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }), journal: db.pragma('journal_mode', { simple: true }) };
  } finally {
    db.close();
  }
}

describe('concord backup and restore of a SQLite store', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-backup-'));
  const db = join(dir, 'concord.sqlite');
  const backup = join(dir, 'backups', 'concord-backup.sqlite');
  let server: Serving | undefined;
  let work: { id: string; topic: string }[] = [];

  before(async () => {
    await importCorpus(db);
    server = await serve(db);
    work = (await recommendations(server.port)).flatMap((r) => r.topics.map((topic) => ({ id: r.id, topic })));
    assert.ok(work.length > 200, `${work.length} proposed topics to decide`);
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up the store while the workbench serves it and decisions are being written: a whole, consistent copy in one file', async () => {
    assert.ok(server !== undefined);
    const writers = writeDecisions(server.port, work);
    const acknowledged = async (n: number): Promise<void> => {
      while (writers.acknowledged.length < n) await new Promise((r) => setTimeout(r, 20));
    };
    await acknowledged(20);
    const before = new Set(writers.acknowledged);
    const ran = await concord(['backup', '--db', db, '--out', backup]).done;
    const during = writers.acknowledged.length;
    // A few more after the backup has ended, so that the store is known to have gone on beyond it.
    await acknowledged(during + 8);
    await writers.stop();
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /^Backed up .*concord\.sqlite \(migration \d{3}-[a-z-]+; 1 project, [\d,]+ decisions\) to .*concord-backup\.sqlite \(SQLite backup, [\d.]+ (kB|MB)\)\.\n$/);
    assert.ok(ran.stdout.includes(`migration ${LATEST}`), ran.stdout);
    assert.ok(during > before.size, 'the server kept acknowledging decisions while the backup ran');

    assert.deepEqual(checked(backup), { integrity: 'ok', journal: 'delete' });
    assert.deepEqual(readdirSync(join(dir, 'backups')), ['concord-backup.sqlite'], 'one self-contained file, nothing beside it');
    const copied = decisionsIn(backup);
    const stored = decisionsIn(db);
    // A snapshot: every decision acknowledged before the backup began, and the decisions 1..n of the store, no gap.
    for (const key of before) assert.ok([...copied.values()].includes(key), `acknowledged decision ${key} is in the backup`);
    assert.deepEqual([...copied.keys()], Array.from({ length: copied.size }, (_, i) => i + 1));
    for (const [id, key] of copied) assert.equal(stored.get(id), key);
    assert.ok(copied.size < stored.size, `the backup (${copied.size}) was taken while decisions were still coming (${stored.size})`);
  });

  it('restores the backup into a new store that gives the same exports and review log, byte for byte', async () => {
    assert.ok(server !== undefined);
    // The workbench still serving, its writers stopped: the backup replaces the earlier one (a Concord backup) with --force.
    const ran = await concord(['backup', '--db', db, '--out', backup, '--force']).done;
    assert.equal(ran.status, 0, ran.stderr);
    const restored = join(dir, 'restored', 'concord.sqlite');
    const back = await concord(['restore', '--db', restored, '--from', backup]).done;
    assert.equal(back.status, 0, back.stderr);
    assert.match(back.stdout, /^Restored .*concord-backup\.sqlite \(a Concord store at migration \d{3}-[a-z-]+\) into .*restored\/concord\.sqlite: 1 project, [\d,]+ decisions\.\n$/);
    assert.ok(back.stdout.includes(`migration ${LATEST}`), back.stdout);
    assert.deepEqual(decisionsIn(restored), decisionsIn(db));
    const [original, copy] = [await exportsOf(db), await exportsOf(restored)];
    assert.deepEqual([...copy.keys()].sort(), ['mapping.csv', 'mapping.json', 'review-log.csv']);
    for (const [name, text] of original) assert.equal(copy.get(name), text, `${name} of the restored store`);
    assert.ok((copy.get('review-log.csv') ?? '').split('\r\n').length > 100, 'the review log has the decisions');
  });

  it('refuses to replace an existing backup or store without --force, and never replaces a file that is not Concord\'s', async () => {
    const bytes = readFileSync(backup);
    assertOneLine(await concord(['backup', '--db', db, '--out', backup]).done, 5, /^concord: .*concord-backup\.sqlite exists \(a Concord backup\): give --force to replace it, or choose another --out\n$/);
    assert.ok(readFileSync(backup).equals(bytes));

    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'meeting notes\n');
    assertOneLine(await concord(['backup', '--db', db, '--out', notes, '--force']).done, 5, /^concord: .*notes\.txt exists and is not a Concord backup \(it is neither a SQLite database nor a PostgreSQL archive\): it is never replaced, even with --force; choose another --out\n$/);
    assertOneLine(await concord(['restore', '--db', notes, '--from', backup, '--force']).done, 5, /^concord: .*notes\.txt exists and is not a Concord store .*never replaced, even with --force/);
    assert.equal(readFileSync(notes, 'utf8'), 'meeting notes\n');

    const restored = join(dir, 'restored', 'concord.sqlite');
    assertOneLine(await concord(['restore', '--db', restored, '--from', backup]).done, 5, /^concord: .*restored\/concord\.sqlite exists \(a Concord store\): give --force to replace it with the backup/);
    const replaced = await concord(['restore', '--db', restored, '--from', backup, '--force']).done;
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.match(replaced.stdout, /, replacing the store there: 1 project, [\d,]+ decisions\.\nRestart any concord serve on this store/);
    assert.deepEqual(decisionsIn(restored), decisionsIn(db));
    assert.equal(checked(restored).integrity, 'ok');
  });

  it('refuses by name, in one line, a file that is not a store or not there', async () => {
    const report = corpusPath('rpm-europe.txt');
    assertOneLine(await concord(['restore', '--db', join(dir, 'x.sqlite'), '--from', report]).done, 3, /^concord: .*rpm-europe\.txt: is not a Concord store: it is neither a SQLite database nor a PostgreSQL archive \(expected a SQLite file written by concord import, serve or backup\)\n$/);
    const other = join(dir, 'other.sqlite');
    const raw = new Database(other);
    raw.exec('create table things (id integer primary key)');
    raw.close();
    assertOneLine(await concord(['backup', '--db', other, '--out', join(dir, 'y.sqlite')]).done, 3, /^concord: .*other\.sqlite: is a SQLite database but not a Concord store: it has no kysely_migration table\n$/);
    assertOneLine(await concord(['backup', '--db', join(dir, 'absent.sqlite'), '--out', join(dir, 'z.sqlite')]).done, 3, /^concord: .*absent\.sqlite: the store does not exist\n$/);
    assert.ok(!existsSync(join(dir, 'absent.sqlite')), 'a store that is not there is not created by backing it up');
    assert.ok(!existsSync(join(dir, 'x.sqlite')) && !existsSync(join(dir, 'y.sqlite')) && !existsSync(join(dir, 'z.sqlite')));
  });

  it('says which migration an older backup has, and brings it forward to this Concord\'s schema on restore', async () => {
    const old = join(dir, 'old-backup.sqlite');
    copyFileSync(backup, old);
    // A backup made before team mode: no users or sessions yet.
    const raw = new Database(old);
    raw.exec("drop table codings; drop table assignment_submissions; drop table assignments; drop table sessions; drop table users; delete from kysely_migration where name > '002-decision-sequence'");
    raw.close();
    const restored = join(dir, 'from-old.sqlite');
    const ran = await concord(['restore', '--db', restored, '--from', old]).done;
    assert.equal(ran.status, 0, ran.stderr);
    assert.ok(ran.stdout.includes(`(a Concord store at migration 002-decision-sequence, older than this Concord's ${LATEST}; migrated forward to ${LATEST})`), ran.stdout);
    const db2 = new Database(restored, { readonly: true });
    assert.deepEqual((db2.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name), [...MIGRATION_NAMES]);
    db2.close();
    assert.deepEqual(decisionsIn(restored), decisionsIn(backup));
  });

  it('leaves no backup file when killed mid-backup: the file is whole or absent, and what a killed run left beside it goes', async () => {
    const folder = join(dir, 'killed');
    const out = join(folder, 'backup.sqlite');
    mkdirSync(folder);
    const whole = decisionsIn(db).size;
    let caught = 0;
    for (const signal of ['SIGKILL', 'SIGTERM', 'SIGKILL', 'SIGTERM', 'SIGKILL', 'SIGKILL'] as const) {
      rmSync(out, { force: true });
      const left = new Set(readdirSync(folder));
      const run = concord(['backup', '--db', db, '--out', out]);
      // Killed as soon as its partial file is there: in the middle of the copy, before the rename.
      let ended = false;
      void run.done.then(() => { ended = true; });
      while (!ended) {
        if (readdirSync(folder).some((name) => name.endsWith('.partial') && !left.has(name))) {
          run.child.kill(signal);
          caught += existsSync(out) ? 0 : 1;
          break;
        }
        await new Promise((r) => setImmediate(r));
      }
      await run.done;
      if (existsSync(out)) {
        assert.equal(checked(out).integrity, 'ok', `${signal} left a whole backup or none`);
        assert.equal(decisionsIn(out).size, whole);
      }
      if (signal === 'SIGTERM') assert.ok(!readdirSync(folder).some((name) => name.endsWith('.partial') && !left.has(name)), 'SIGTERM removes its partial file');
    }
    console.log(`backup killed mid-copy ${caught} time(s) of 6; no half-written backup`);
    assert.ok(caught > 0, 'at least one kill fell in the middle of the copy');
    // What a kill -9 leaves: a hidden partial file of a process that is no longer running; the next backup removes it.
    const partial = join(folder, '.backup.sqlite.99999999-deadbeef.partial');
    writeFileSync(partial, 'half');
    writeFileSync(`${partial}-journal`, 'its journal');
    const ran = await concord(['backup', '--db', db, '--out', out, '--force']).done;
    assert.equal(ran.status, 0, ran.stderr);
    assert.deepEqual(readdirSync(folder), ['backup.sqlite']);
  });
});
