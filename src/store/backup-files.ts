// The files of `concord backup` and `concord restore`: what kind of file a path holds (a SQLite
// database, a pg_dump archive, something else), and a temporary file beside the destination that
// becomes it only when whole (renamed), so a failed or interrupted run leaves no half-written file.
import { closeSync, existsSync, fsyncSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type FileKind = 'absent' | 'empty' | 'directory' | 'sqlite' | 'pg-dump' | 'other';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
// pg_dump's custom format begins with these five bytes.
const PG_DUMP_MAGIC = 'PGDMP';

/** What `file` holds, from its first bytes: e.g. 'sqlite' for a store or a backup of one. */
export function fileKind(file: string): FileKind {
  if (!existsSync(file)) return 'absent';
  const stat = statSync(file);
  if (stat.isDirectory()) return 'directory';
  if (stat.size === 0) return 'empty';
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString('latin1');
  if (text === SQLITE_MAGIC) return 'sqlite';
  if (text.startsWith(PG_DUMP_MAGIC)) return 'pg-dump';
  return 'other';
}

/** Words for a kind that is not the one expected: "a directory", "an empty file", … */
export function describeKind(kind: FileKind): string {
  return { absent: 'absent', empty: 'an empty file', directory: 'a directory', sqlite: 'a SQLite database', 'pg-dump': 'a PostgreSQL archive (pg_dump)', other: 'neither a SQLite database nor a PostgreSQL archive' }[kind];
}

const PARTIAL = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.partial(?:-wal|-shm|-journal)?$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what a killed run (kill -9) left beside `file`: its hidden partial files of processes no longer running. */
function removeStalePartials(file: string): void {
  const dir = dirname(file);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const m = PARTIAL.exec(name);
    if (m !== null && m[1] === basename(file) && !alive(Number(m[2]))) rmSync(join(dir, name), { force: true });
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `work` with a hidden temporary path beside `file` (".FILE.<pid>-<random>.partial"), removed
 * afterwards whatever happens, on SIGINT and SIGTERM too; a kill -9 leaves it behind (never `file`),
 * and the next run beside `file` removes it.
 */
export async function withTempBeside<T>(file: string, work: (temp: string) => Promise<T>): Promise<T> {
  removeStalePartials(file);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  const cleanUp = (): void => {
    for (const path of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(path, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(temp);
  } finally {
    cleanUp();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** Writes `file` through a temporary file beside it (withTempBeside), renamed to `file` once whole and on disk. */
export function writeBeside<T>(file: string, write: (temp: string) => Promise<T>): Promise<T> {
  return withTempBeside(file, async (temp) => {
    const result = await write(temp);
    fsyncPath(temp);
    renameSync(temp, file);
    fsyncPath(dirname(file));
    return result;
  });
}
