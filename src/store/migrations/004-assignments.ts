// Blind double coding: an assignment gives the same recommendations to two or more coders
// (user names); each coder's codings (topic ids per recommendation) stay apart from the shared
// review log until an adjudicator settles them as ordinary decisions.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { StoreBackend } from '../dialect/backend.ts';

export function assignmentsMigration(backend: StoreBackend): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
        backend.autoIncrement ? col.primaryKey().autoIncrement() : col.primaryKey();
      await db.schema
        .createTable('assignments')
        .addColumn('id', backend.idType, id)
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('coders_json', 'text', (c) => c.notNull())
        .addColumn('rec_ids_json', 'text', (c) => c.notNull())
        .addColumn('adjudicator', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema.createIndex('assignments_project').on('assignments').column('project_id').execute();
      await db.schema
        .createTable('assignment_submissions')
        .addColumn('assignment_id', 'integer', (c) => c.notNull().references('assignments.id').onDelete('cascade'))
        .addColumn('coder', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('assignment_submissions_pk', ['assignment_id', 'coder'])
        .execute();
      await db.schema
        .createTable('codings')
        .addColumn('assignment_id', 'integer', (c) => c.notNull().references('assignments.id').onDelete('cascade'))
        .addColumn('rec_id', 'text', (c) => c.notNull())
        .addColumn('coder', 'text', (c) => c.notNull())
        .addColumn('topics_json', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('coded_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addPrimaryKeyConstraint('codings_pk', ['assignment_id', 'coder', 'rec_id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['codings', 'assignment_submissions', 'assignments']) await db.schema.dropTable(table).execute();
    },
  };
}
