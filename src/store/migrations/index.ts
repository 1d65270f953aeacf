// Versioned schema migrations, kept in code (no migration folder to ship); applied in
// name order by Kysely's Migrator when a store opens.
import type { Migration, MigrationProvider } from 'kysely';
import type { StoreBackend } from '../dialect/backend.ts';
import { initialMigration } from './001-initial.ts';
import { decisionSequenceMigration } from './002-decision-sequence.ts';
import { usersMigration } from './003-users.ts';
import { assignmentsMigration } from './004-assignments.ts';

export function migrationProvider(backend: StoreBackend): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '001-initial': initialMigration(backend),
        '002-decision-sequence': decisionSequenceMigration,
        '003-users': usersMigration(backend),
        '004-assignments': assignmentsMigration(backend),
      };
    },
  };
}
