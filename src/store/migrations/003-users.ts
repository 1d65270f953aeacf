// Team mode: the users who may sign in (name, role, scrypt hash with its parameters) and
// their server-side sessions (only a SHA-256 of each session token is stored).
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { StoreBackend } from '../dialect/backend.ts';

export function usersMigration(backend: StoreBackend): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
        backend.autoIncrement ? col.primaryKey().autoIncrement() : col.primaryKey();
      await db.schema
        .createTable('users')
        .addColumn('id', backend.idType, id)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('password_changed_at', 'text', (c) => c.notNull())
        .addColumn('last_sign_in_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['sessions', 'users']) await db.schema.dropTable(table).execute();
    },
  };
}
