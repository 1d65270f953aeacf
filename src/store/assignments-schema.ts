// The tables of blind double coding, as Kysely sees them (migration 004), joined to the
// workbench's own tables with withTables like team mode's.
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database } from './schema.ts';
import type { Store } from './open.ts';

export interface AssignmentTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  /** JSON array of user names, in the order given. */
  coders_json: string;
  /** JSON array of recommendation ids, in the project's order. */
  rec_ids_json: string;
  /** Who settles disagreements besides any admin; null: admins only. */
  adjudicator: string | null;
  created_by: string;
  /** 'open' or 'closed' (closed by an admin before every coder submitted). */
  state: string;
  created_at: string;
  closed_at: string | null;
}

export interface SubmissionTable {
  assignment_id: number;
  coder: string;
  submitted_at: string;
}

export interface CodingTable {
  assignment_id: number;
  rec_id: string;
  coder: string;
  /** JSON array of topic ids; [] means "no topic applies". */
  topics_json: string;
  note: string | null;
  coded_at: string;
  submitted_at: string | null;
}

export type AssignmentsDatabase = {
  assignments: AssignmentTable;
  assignment_submissions: SubmissionTable;
  codings: CodingTable;
};

export type AssignmentRow = Selectable<AssignmentTable>;
export type CodingRow = Selectable<CodingTable>;

export const assignmentsDb = (store: Store): Kysely<Database & AssignmentsDatabase> => store.db.withTables<AssignmentsDatabase>();
