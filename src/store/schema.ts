// The tables of the workbench store, as Kysely sees them. Model and machine output
// are stored as JSON text (read whole, never queried inside); decisions are an
// append-only log, so the review state is the fold of a project's decisions.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface ProjectTable {
  id: Generated<number>;
  name: string;
  codebook_kind: string;
  codebook_name: string;
  codebook_yaml: string | null;
  /** Bumped on every change to documents, codebook or machine output (not on decisions). */
  revision: number;
  created_at: string;
  updated_at: string;
  mapped_at: string | null;
  /** The traced outcome (tracing's Outcome) as JSON, from the last re-map. */
  outcome_json: string | null;
  /** The number of the project's latest decision (decisions.seq); taken under this row's lock. */
  decision_seq: Generated<number>;
}

export interface DocumentTable {
  id: Generated<number>;
  project_id: number;
  /** 'report' or 'outcome'. */
  role: string;
  /** Display name from the upload or file; never used as a path. */
  name: string;
  format: string;
  symbol: string;
  region: string | null;
  size: number;
  bytes: Uint8Array | null;
  model_json: string;
  created_at: string;
}

export interface MachineTable {
  project_id: number;
  rec_id: string;
  document_id: number;
  topics_json: string;
  trace_json: string | null;
}

export interface DecisionTable {
  id: Generated<number>;
  project_id: number;
  rec_id: string;
  citation: string;
  action: string;
  topic: string | null;
  paragraph: number | null;
  strength: string | null;
  note: string | null;
  reviewer: string | null;
  created_at: string;
  /** The decision's place in its project's commit order (1, 2, …): read new decisions by it, never by id. */
  seq: number;
  /** For an 'undo': the id of the decision it takes back. */
  undoes: Generated<number | null>;
}

export interface Database {
  projects: ProjectTable;
  documents: DocumentTable;
  machine: MachineTable;
  decisions: DecisionTable;
}

export type ProjectRow = Selectable<ProjectTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type NewDocument = Insertable<DocumentTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type NewDecision = Insertable<DecisionTable>;
export type MachineRow = Selectable<MachineTable>;
