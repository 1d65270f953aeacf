// Versioned schema migrations, kept in code (no migration folder to ship); applied in
// name order by Kysely's Migrator when a store opens.
import type { Migration, MigrationProvider } from 'kysely';
import type { StoreBackend } from '../dialect/backend.ts';
import { initialMigration } from './001-initial.ts';
import { decisionSequenceMigration } from './002-decision-sequence.ts';
import { usersMigration } from './003-users.ts';
import { assignmentsMigration } from './004-assignments.ts';

const MIGRATIONS: readonly (readonly [string, (backend: StoreBackend) => Migration])[] = [
  ['001-initial', initialMigration],
  ['002-decision-sequence', () => decisionSequenceMigration],
  ['003-users', usersMigration],
  ['004-assignments', assignmentsMigration],
];

/** Every migration's name, in the order they apply: the last is the schema this Concord writes. */
export const MIGRATION_NAMES: readonly string[] = MIGRATIONS.map(([name]) => name);

export function migrationProvider(backend: StoreBackend): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(MIGRATIONS.map(([name, make]) => [name, make(backend)]));
    },
  };
}
