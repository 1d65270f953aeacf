// Which schema version a store or a backup has: the migrations it has applied (Kysely's
// kysely_migration table), against those this Concord knows.
import type { Dialect } from 'kysely';
import { InputError } from '../model/errors.ts';
import type { StoreBackend } from './dialect/backend.ts';
import { migrationProvider } from './migrations/index.ts';

/** The table in which Kysely's Migrator records each migration applied: what makes a database a Concord store. */
export const MIGRATION_TABLE = 'kysely_migration';

// The provider builds its migration objects without touching a database, so a backend that names
// no database gives their names.
const NAMES_ONLY: StoreBackend = { name: 'sqlite', dialect: undefined as unknown as Dialect, idType: 'integer', autoIncrement: true, blobType: 'blob', location: '' };

/** This Concord's migrations, in the order they apply: ['001-initial', '002-decision-sequence', …]. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider(NAMES_ONLY).getMigrations()).sort();
}

export interface StoreVersion {
  /** The last migration applied: "003-users". */
  readonly version: string;
  /** Migrations this Concord would apply to bring it up to date (none when it is). */
  readonly behind: readonly string[];
}

/**
 * The version of a store whose applied migrations are `applied`; a store made by a newer Concord
 * (a migration this one does not know) is refused, naming `where`.
 */
export async function storeVersion(where: string, applied: readonly string[]): Promise<StoreVersion> {
  const known = await knownMigrations();
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new InputError(where, `was made by a newer Concord: it has migration ${unknown.join(', ')}, which this Concord (up to ${known.at(-1) ?? ''}) does not know; restore it with that version`);
  const version = [...applied].sort().at(-1);
  if (version === undefined) throw new InputError(where, `is not a Concord store: its ${MIGRATION_TABLE} table is empty`);
  return { version, behind: known.filter((name) => !applied.includes(name)) };
}

/** "migration 003-users" or "migration 002-decision-sequence, older than this Concord's 003-users". */
export function versionWords(version: StoreVersion): string {
  const latest = version.behind.at(-1);
  return latest === undefined ? `migration ${version.version}` : `migration ${version.version}, older than this Concord's ${latest}`;
}
