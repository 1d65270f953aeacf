// Backup and restore of a PostgreSQL store with PostgreSQL's own tools: pg_dump's custom format
// (a consistent snapshot while the workbench keeps writing), and pg_restore's SQL run by psql in one
// transaction, so a failed restore changes nothing.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import pg from 'pg';
import { ConcordError, InputError, OutputError } from '../model/errors.ts';
import { describeKind, fileKind, writeBeside } from './backup-files.ts';
import { MIGRATION_TABLE, storeVersion, type StoreVersion } from './backup-version.ts';
import { openStore } from './open.ts';
import type { StoreCounts } from './backup-sqlite.ts';

export interface PostgresBackupResult extends StoreCounts {
  readonly version: StoreVersion;
  readonly bytes: number;
}

export interface PostgresRestoreResult extends StoreCounts {
  readonly version: StoreVersion;
  readonly replaced: boolean;
}

/** A PostgreSQL client tool on PATH, or a message naming it. */
function tool(name: 'pg_dump' | 'pg_restore' | 'psql', job: string): string {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== '')) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this folder
    }
  }
  throw new ConcordError('store', `${name} is not on PATH: ${job} a PostgreSQL store needs PostgreSQL's client tools (pg_dump, pg_restore, psql) of the server's major version or newer, e.g. apt-get install postgresql-client`);
}

/** The URL without its password (so no process list shows it) and the environment that gives it to libpq. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password === '' ? {} : { PGPASSWORD: password }) } };
}

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ');
}

function failed(name: string, ran: Ran): ConcordError {
  return new ConcordError('store', `${name} failed (exit ${ran.code ?? 'by a signal'}): ${lastLines(ran.stderr) || 'no message'}`);
}

/** Runs a tool to its end. */
function run(path: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  const child = spawn(path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise<Ran>((ok, fail) => {
    child.once('error', fail);
    child.once('close', (code) => ok({ code, stdout, stderr }));
  });
}

/** The tables of the database's own schemas, and the migrations its store applied (undefined: no Concord store). */
async function inspect(url: string, location: string): Promise<{ tables: string[]; applied: string[] | undefined; counts: StoreCounts | undefined }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new ConcordError('store', `cannot reach the store ${location}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const tables = (await client.query<{ name: string }>("select table_schema || '.' || table_name as name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') order by 1")).rows.map((r) => r.name);
    if (!tables.includes(`public.${MIGRATION_TABLE}`)) return { tables, applied: undefined, counts: undefined };
    const applied = (await client.query<{ name: string }>(`select name from ${MIGRATION_TABLE} order by name`)).rows.map((r) => r.name);
    const count = async (table: string): Promise<number> => Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
    return { tables, applied, counts: { projects: await count('projects'), decisions: await count('decisions') } };
  } finally {
    await client.end();
  }
}

/** The migrations recorded in a pg_dump archive of a Concord store (undefined: it holds no migration table). */
async function archivedMigrations(file: string): Promise<string[] | undefined> {
  const ran = await run(tool('pg_restore', 'restoring'), ['--data-only', `--table=${MIGRATION_TABLE}`, '--file=-', file], process.env);
  if (ran.code !== 0) throw new InputError(file, `cannot be read by pg_restore: ${lastLines(ran.stderr)}`);
  // COPY public.kysely_migration (name, "timestamp") FROM stdin;  …one row a line…  \.
  const block = new RegExp(`^COPY [\\w.]*${MIGRATION_TABLE} \\([^)]*\\) FROM stdin;\\n([\\s\\S]*?)^\\\\\\.$`, 'm').exec(ran.stdout);
  if (block === null) return undefined;
  return (block[1] ?? '').split('\n').filter((line) => line !== '').map((line) => line.split('\t')[0] ?? '');
}

/** True when `file` is a pg_dump archive of a Concord store (it has the migration table), which --force may replace. */
export async function isConcordArchive(file: string): Promise<boolean> {
  try {
    return (await archivedMigrations(file)) !== undefined;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

/**
 * Dumps the store at `url` into `out` with pg_dump (custom format), through a temporary file beside
 * `out` renamed once pg_dump has finished.
 */
export async function backupPostgres(url: string, location: string, out: string): Promise<PostgresBackupResult> {
  const pgDump = tool('pg_dump', 'backing up');
  const found = await inspect(url, location);
  if (found.applied === undefined || found.counts === undefined) throw new InputError(location, `is not a Concord store: it has no ${MIGRATION_TABLE} table (${found.tables.length === 0 ? 'it is empty' : `it has ${found.tables.length} other table(s)`})`);
  const version = await storeVersion(location, found.applied);
  const { dbname, env } = connection(url);
  const counts = found.counts;
  return writeBeside(resolve(out), async (temp) => {
    const ran = await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${temp}`, `--dbname=${dbname}`], env);
    if (ran.code !== 0) throw failed('pg_dump', ran);
    return { version, ...counts, bytes: statSync(temp).size };
  });
}

/**
 * Restores the pg_dump archive `from` into the database at `url`: pg_restore writes the SQL, psql runs
 * it in one transaction (after dropping the old store's schema when it replaces one), then the store is
 * brought up to this Concord's schema. The database must be empty, or hold a Concord store and `force`.
 */
export async function restorePostgres(from: string, url: string, location: string, force: boolean): Promise<PostgresRestoreResult> {
  const kind = fileKind(from);
  if (kind === 'absent') throw new InputError(from, 'the backup does not exist');
  if (kind === 'sqlite') throw new InputError(from, 'is a SQLite backup, not a PostgreSQL archive; restore it into a SQLite --db path');
  if (kind !== 'pg-dump') throw new InputError(from, `is not a Concord backup: it is ${describeKind(kind)} (expected an archive written by concord backup)`);
  const pgRestore = tool('pg_restore', 'restoring');
  const psql = tool('psql', 'restoring');
  const applied = await archivedMigrations(from);
  if (applied === undefined) throw new InputError(from, `is a PostgreSQL archive but not of a Concord store: it has no ${MIGRATION_TABLE} table`);
  const version = await storeVersion(from, applied);
  const target = await inspect(url, location);
  const replace = target.tables.length > 0;
  if (replace && !force) throw new OutputError(`${location} is not empty (${target.tables.length} table(s)${target.applied === undefined ? '' : ', a Concord store'}): restore into an empty database, or give --force to replace the Concord store in it`);
  if (replace && target.applied === undefined) throw new OutputError(`${location} holds tables that are not a Concord store's (${target.tables.slice(0, 3).join(', ')}${target.tables.length > 3 ? ', …' : ''}): --force replaces only a Concord store; nothing was changed`);

  const { dbname, env } = connection(url);
  // The whole script first: psql commits what it was given, so it is given all of it or nothing.
  const dir = mkdtempSync(join(tmpdir(), 'concord-restore-'));
  try {
    const script = join(dir, 'restore.sql');
    const wrote = await run(pgRestore, ['--no-owner', '--no-privileges', `--file=${script}`, from], process.env);
    if (wrote.code !== 0) throw failed('pg_restore', wrote);
    const drop = replace ? ['--command=DROP SCHEMA public CASCADE', '--command=CREATE SCHEMA public'] : [];
    const load = await run(psql, ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', ...drop, `--file=${script}`, `--dbname=${dbname}`], env);
    if (load.code !== 0) throw failed('psql (loading the archive; nothing was changed)', load);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const store = await openStore(url);
  await store.close();
  const after = await inspect(url, location);
  return { version, projects: after.counts?.projects ?? 0, decisions: after.counts?.decisions ?? 0, replaced: replace };
}
