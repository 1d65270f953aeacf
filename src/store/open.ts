// Opens the store named by --db: a PostgreSQL URL or a SQLite file path, and brings
// its schema up to date before anything else touches it.
import { Kysely, Migrator } from 'kysely';
import { ConcordError } from '../model/errors.ts';
import type { StoreBackend } from './dialect/backend.ts';
import { createPostgresBackend } from './dialect/postgres/index.ts';
import { createSqliteBackend } from './dialect/sqlite/index.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { DEFAULT_STORE } from './default-store.ts';

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: StoreBackend['name'];
  readonly location: string;
  close(): Promise<void>;
}

export { DEFAULT_STORE };

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * @example await openStore('concord.sqlite'); await openStore('postgres://user@127.0.0.1:5432/concord')
 */
export async function openStore(location: string = DEFAULT_STORE): Promise<Store> {
  let backend: StoreBackend;
  try {
    backend = isPostgresUrl(location) ? createPostgresBackend(location) : createSqliteBackend(location);
  } catch (error) {
    throw new ConcordError('store', `cannot open the store ${location}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: backend.dialect });
  const migrator = new Migrator({ db, provider: migrationProvider(backend) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConcordError('store', `cannot prepare the store ${backend.location}: ${reason}`, { cause: error });
  }
  return { db, kind: backend.name, location: backend.location, close: () => db.destroy() };
}
