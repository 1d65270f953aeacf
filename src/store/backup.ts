// `concord backup` and `concord restore` for either kind of store: what may be written where
// (an existing backup or store is replaced only with --force, and only if it is Concord's), then
// the SQLite or PostgreSQL way of copying it.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OutputError, UsageError } from '../model/errors.ts';
import { describeKind, fileKind } from './backup-files.ts';
import { backupPostgres, isConcordArchive, restorePostgres } from './backup-postgres.ts';
import { backupSqlite, isConcordSqlite, restoreSqlite, type StoreCounts } from './backup-sqlite.ts';
import type { StoreVersion } from './backup-version.ts';
import { isPostgresUrl } from './open.ts';

export { versionWords } from './backup-version.ts';

export interface BackupReport extends StoreCounts {
  readonly kind: 'sqlite' | 'postgres';
  /** The store, printable (a PostgreSQL URL without its password). */
  readonly location: string;
  readonly file: string;
  readonly version: StoreVersion;
  readonly bytes: number;
}

export interface RestoreReport extends StoreCounts {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  readonly file: string;
  /** The backup's version, before the restored store was brought up to date. */
  readonly version: StoreVersion;
  /** A store was there before and was replaced (--force). */
  readonly replaced: boolean;
}

function printable(location: string): string {
  if (!isPostgresUrl(location)) return resolve(location);
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Where a backup may be written: a new file, or with --force a Concord backup (never anything else). */
async function checkBackupTarget(out: string, force: boolean): Promise<void> {
  const kind = fileKind(out);
  if (kind === 'absent') return;
  if (kind === 'directory') throw new UsageError(`--out ${out} is a directory: give the backup's file name, e.g. --out ${out.replace(/\/+$/, '')}/concord-backup.sqlite`);
  const concord = kind === 'sqlite' ? await isConcordSqlite(out) : kind === 'pg-dump' ? await isConcordArchive(out) : false;
  if (!concord) throw new OutputError(`${out} exists and is not a Concord backup (it is ${kind === 'sqlite' || kind === 'pg-dump' ? `${describeKind(kind)} without Concord's migration table` : describeKind(kind)}): it is never replaced, even with --force; choose another --out`);
  if (!force) throw new OutputError(`${out} exists (a Concord backup): give --force to replace it, or choose another --out`);
}

/**
 * Backs up the store `db` (a SQLite path or a postgres:// URL) into the file `out`, online: the
 * workbench may keep serving and writing meanwhile.
 * @example await backupStore('concord.sqlite', 'backups/concord.sqlite', { force: false })
 */
export async function backupStore(db: string, out: string, options: { force: boolean }): Promise<BackupReport> {
  const postgres = isPostgresUrl(db);
  const location = printable(db);
  if (!postgres && resolve(db) === resolve(out)) throw new UsageError(`--out ${out} is the store itself: give another file for the backup`);
  await checkBackupTarget(out, options.force);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const result = postgres ? await backupPostgres(db, location, out) : await backupSqlite(db, out);
  return { kind: postgres ? 'postgres' : 'sqlite', location, file: resolve(out), ...result };
}

/** Where a SQLite store may be restored: a new path, or with --force a Concord store (never anything else). */
async function checkRestoreTarget(target: string, force: boolean): Promise<void> {
  const kind = fileKind(target);
  if (kind === 'absent' || kind === 'empty') return;
  if (kind === 'directory') throw new UsageError(`--db ${target} is a directory: give the store's file name, e.g. --db ${target.replace(/\/+$/, '')}/concord.sqlite`);
  if (kind !== 'sqlite' || !(await isConcordSqlite(target))) throw new OutputError(`${target} exists and is not a Concord store (it is ${kind === 'sqlite' ? 'a SQLite database without Concord\u2019s migration table' : describeKind(kind)}): it is never replaced, even with --force; choose another --db`);
  if (!force) throw new OutputError(`${target} exists (a Concord store): give --force to replace it with the backup (stop any concord serve on it first), or restore into a new --db`);
}

/**
 * Restores the backup `from` into the store `db`, brought up to this Concord's schema: a SQLite path
 * (new, or a Concord store replaced with --force) or a postgres:// URL (an empty database, or a Concord
 * store replaced with --force).
 */
export async function restoreStore(db: string, from: string, options: { force: boolean }): Promise<RestoreReport> {
  const location = printable(db);
  if (isPostgresUrl(db)) {
    const result = await restorePostgres(from, db, location, options.force);
    return { kind: 'postgres', location, file: resolve(from), ...result };
  }
  if (resolve(db) === resolve(from)) throw new UsageError(`--from ${from} is the store itself: give the backup to restore`);
  await checkRestoreTarget(db, options.force);
  mkdirSync(dirname(resolve(db)), { recursive: true });
  const result = await restoreSqlite(from, db);
  return { kind: 'sqlite', location, file: resolve(from), ...result };
}
