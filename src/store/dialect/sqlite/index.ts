// SQLite through better-sqlite3: one file, WAL journal, synchronous=FULL so that a
// decision acknowledged to the client survives a crash and a power cut alike.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteDialect } from 'kysely';
import type { StoreBackend } from '../backend.ts';

export function createSqliteBackend(file: string): StoreBackend {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  // NORMAL + WAL would survive a killed process but may lose the last commits on power
  // loss; reviewers' decisions are human work, so each commit is synced (one fsync each).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return {
    name: 'sqlite',
    dialect: new SqliteDialect({ database }),
    idType: 'integer',
    autoIncrement: true,
    blobType: 'blob',
    location: path,
  };
}
