// PostgreSQL through node-postgres: a small pool; the URL's password is never printed.
import pg from 'pg';
import { PostgresDialect } from 'kysely';
import type { StoreBackend } from '../backend.ts';

export function createPostgresBackend(url: string): StoreBackend {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closed (restart, administrator) is dropped from the pool and
  // replaced on the next query; unhandled, its error would end the whole process.
  pool.on('error', (error) => console.error(`concord: a PostgreSQL connection was closed (${error.message}); it will be reopened`));
  return {
    name: 'postgres',
    dialect: new PostgresDialect({ pool }),
    idType: 'serial',
    autoIncrement: false,
    blobType: 'bytea',
    location: redact(url),
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
