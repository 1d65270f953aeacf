// Backup and restore of a SQLite store through SQLite's online backup API (better-sqlite3's
// db.backup): a consistent copy taken while `concord serve` keeps writing to the same file.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, OutputError } from '../model/errors.ts';
import { describeKind, fileKind, withTempBeside, writeBeside } from './backup-files.ts';
import { MIGRATION_TABLE, storeVersion, type StoreVersion } from './backup-version.ts';
import { openStore } from './open.ts';

/** What a store holds, for the one line each command prints. */
export interface StoreCounts {
  readonly projects: number;
  readonly decisions: number;
}

export interface SqliteBackupResult extends StoreCounts {
  readonly version: StoreVersion;
  readonly bytes: number;
}

export interface SqliteRestoreResult extends StoreCounts {
  /** The backup's version, before it was brought up to date. */
  readonly version: StoreVersion;
  readonly replaced: boolean;
}

/** The migrations a SQLite database has applied, or undefined when it has no migration table (it is no Concord store). */
function appliedMigrations(db: Database.Database): string[] | undefined {
  const table = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (table === undefined) return undefined;
  return (db.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function counts(db: Database.Database): StoreCounts {
  const count = (table: string): number => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { projects: count('projects'), decisions: count('decisions') };
}

/**
 * Opens `file` as a Concord store (a SQLite database with Kysely's migration table), or says by name
 * what it is instead. `role` names it in messages: "the store", "the backup". Only read from; opened
 * read-write when it may be, so that the last connection to a store in WAL mode removes its -wal and
 * -shm files on closing, as the workbench's does.
 */
async function openConcordSqlite(file: string, role: string): Promise<{ db: Database.Database; version: StoreVersion }> {
  const kind = fileKind(file);
  if (kind === 'absent') throw new InputError(file, `${role} does not exist`);
  if (kind === 'pg-dump') throw new InputError(file, `is a PostgreSQL archive (pg_dump), not a SQLite store; restore it into a postgres:// --db`);
  if (kind !== 'sqlite') throw new InputError(file, `is not a Concord store: it is ${describeKind(kind)} (expected a SQLite file written by concord import, serve or backup)`);
  const db = new Database(file, { readonly: !writable(file), fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const applied = appliedMigrations(db);
    if (applied === undefined) throw new InputError(file, `is a SQLite database but not a Concord store: it has no ${MIGRATION_TABLE} table`);
    return { db, version: await storeVersion(file, applied) };
  } catch (error) {
    db.close();
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read as a SQLite store: ${(error as Error).message}`, { cause: error });
  }
}

/** True when `file` is a Concord store or a backup of one (SQLite), which --force may replace. */
export async function isConcordSqlite(file: string): Promise<boolean> {
  try {
    (await openConcordSqlite(file, 'the file')).db.close();
    return true;
  } catch {
    return false;
  }
}

/** Every page in one step: a consistent copy that writes by other connections cannot restart. */
const ALL_AT_ONCE = { progress: ({ totalPages }: { totalPages: number }) => Math.max(totalPages, 1) };

/**
 * Copies the store `source` into `out` while it stays in use: SQLite's backup API, into a temporary
 * file beside `out` that becomes `out` once whole. The copy is one self-contained file (journal mode
 * DELETE), checked before it is renamed.
 * @example await backupSqlite('concord.sqlite', 'backups/concord-2026-12-02.sqlite')
 */
export async function backupSqlite(source: string, out: string): Promise<SqliteBackupResult> {
  const { db, version } = await openConcordSqlite(resolve(source), 'the store');
  try {
    return await writeBeside(resolve(out), async (temp) => {
      await db.backup(temp, ALL_AT_ONCE);
      const copy = new Database(temp, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        const check = copy.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new OutputError(`the backup of ${source} did not check out (${String(check)}); nothing was written to ${out}`);
        return { version, ...counts(copy), bytes: statSync(temp).size };
      } finally {
        copy.close();
      }
    });
  } finally {
    db.close();
  }
}

/**
 * Restores the backup `from` into the SQLite store `target`, brought up to this Concord's schema.
 * A new target is written beside and renamed; an existing one (allowed by the caller) is replaced in
 * one transaction through the backup API, so a reader sees the old store or the new, never a mix.
 */
export async function restoreSqlite(from: string, target: string): Promise<SqliteRestoreResult> {
  const backup = await openConcordSqlite(resolve(from), 'the backup');
  const path = resolve(target);
  const replaced = fileKind(path) === 'sqlite';
  try {
    const restore = async (temp: string): Promise<SqliteRestoreResult> => {
      await backup.db.backup(temp, ALL_AT_ONCE);
      // Brought up to date by the store itself, as any --db is when it opens.
      const store = await openStore(temp);
      await store.close();
      const copy = new Database(temp, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        if (replaced) await copy.backup(path, ALL_AT_ONCE);
        return { version: backup.version, ...counts(copy), replaced };
      } finally {
        copy.close();
      }
    };
    if (replaced) return await withTempBeside(path, restore);
    // What a store that is no longer there left behind would be replayed into the new one.
    for (const stale of [`${path}-wal`, `${path}-shm`, `${path}-journal`]) if (existsSync(stale)) rmSync(stale);
    return await writeBeside(path, restore);
  } finally {
    backup.db.close();
  }
}

