// Decisions in commit order: each project counts its decisions (projects.decision_seq) and
// each decision takes the next number inside its own transaction, under the project row's
// lock, so a reader that has seen number n has seen every decision before it. Undo names
// the decision it takes back (undoes = that decision's id).
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

export const decisionSequenceMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('projects').addColumn('decision_seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('decisions').addColumn('seq', 'integer').execute();
    await db.schema.alterTable('decisions').addColumn('undoes', 'integer').execute();
    // Decisions written before: their ids are the best order there is.
    await sql`UPDATE decisions SET seq = id`.execute(db);
    await sql`UPDATE projects SET decision_seq = (SELECT COALESCE(MAX(d.seq), 0) FROM decisions d WHERE d.project_id = projects.id)`.execute(db);
    await db.schema.createIndex('decisions_project_seq').on('decisions').columns(['project_id', 'seq']).unique().execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('decisions_project_seq').execute();
    await db.schema.alterTable('decisions').dropColumn('undoes').execute();
    await db.schema.alterTable('decisions').dropColumn('seq').execute();
    await db.schema.alterTable('projects').dropColumn('decision_seq').execute();
  },
};
