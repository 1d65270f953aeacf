// First schema: projects, their documents (bytes + parsed model), machine output, and
// the append-only decision log.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { StoreBackend } from '../dialect/backend.ts';

export function initialMigration(backend: StoreBackend): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
        backend.autoIncrement ? col.primaryKey().autoIncrement() : col.primaryKey();
      await db.schema
        .createTable('projects')
        .addColumn('id', backend.idType, id)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('codebook_kind', 'text', (c) => c.notNull())
        .addColumn('codebook_name', 'text', (c) => c.notNull())
        .addColumn('codebook_yaml', 'text')
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('mapped_at', 'text')
        .addColumn('outcome_json', 'text')
        .execute();
      await db.schema
        .createTable('documents')
        .addColumn('id', backend.idType, id)
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('bytes', backend.blobType)
        .addColumn('model_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_project').on('documents').column('project_id').execute();
      await db.schema
        .createTable('machine')
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('rec_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('topics_json', 'text', (c) => c.notNull())
        .addColumn('trace_json', 'text')
        .addPrimaryKeyConstraint('machine_pk', ['project_id', 'rec_id'])
        .execute();
      await db.schema
        .createTable('decisions')
        .addColumn('id', backend.idType, id)
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('rec_id', 'text', (c) => c.notNull())
        .addColumn('citation', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('topic', 'text')
        .addColumn('paragraph', 'integer')
        .addColumn('strength', 'text')
        .addColumn('note', 'text')
        .addColumn('reviewer', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('decisions_project_id').on('decisions').columns(['project_id', 'id']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['decisions', 'machine', 'documents', 'projects']) await db.schema.dropTable(table).execute();
    },
  };
}
