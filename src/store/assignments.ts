// Assignments of blind double coding and their codings. A coder's codings are read back only
// for that coder (codingsOf) until the assignment is complete: every coder submitted, or an
// admin closed it; only then does allCodings answer. Codings never enter the review log.
import type { Store } from './open.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { now } from './projects.ts';
import { assignmentsDb } from './assignments-schema.ts';
import type { AssignmentRow, CodingRow } from './assignments-schema.ts';

export interface Assignment {
  readonly id: number;
  readonly projectId: number;
  readonly name: string;
  readonly coders: readonly string[];
  readonly recIds: readonly string[];
  readonly adjudicator: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
  /** The coders who submitted, with when. */
  readonly submitted: ReadonlyMap<string, string>;
  /** 'open' while a coder has not submitted; 'complete' once all have; 'closed' when an admin closed it first. */
  readonly state: 'open' | 'complete' | 'closed';
}

export interface Coding {
  readonly recId: string;
  readonly coder: string;
  readonly topics: readonly string[];
  readonly note: string | null;
  readonly codedAt: string;
  readonly submittedAt: string | null;
}

export interface NewAssignment {
  readonly name: string;
  readonly coders: readonly string[];
  readonly recIds: readonly string[];
  readonly adjudicator: string | null;
  readonly createdBy: string;
}

function toAssignment(row: AssignmentRow, submissions: readonly { coder: string; submitted_at: string }[]): Assignment {
  const coders = JSON.parse(row.coders_json) as string[];
  const submitted = new Map(submissions.map((s) => [s.coder, s.submitted_at]));
  const state = row.state === 'closed' ? 'closed' : coders.every((c) => submitted.has(c)) ? 'complete' : 'open';
  return {
    id: Number(row.id),
    projectId: Number(row.project_id),
    name: row.name,
    coders,
    recIds: JSON.parse(row.rec_ids_json) as string[],
    adjudicator: row.adjudicator,
    createdBy: row.created_by,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    submitted,
    state,
  };
}

const toCoding = (row: CodingRow): Coding => ({
  recId: row.rec_id,
  coder: row.coder,
  topics: JSON.parse(row.topics_json) as string[],
  note: row.note,
  codedAt: row.coded_at,
  submittedAt: row.submitted_at,
});

export async function createAssignment(store: Store, projectId: number, input: NewAssignment): Promise<Assignment> {
  const row = await assignmentsDb(store)
    .insertInto('assignments')
    .values({
      project_id: projectId,
      name: input.name,
      coders_json: JSON.stringify(input.coders),
      rec_ids_json: JSON.stringify(input.recIds),
      adjudicator: input.adjudicator,
      created_by: input.createdBy,
      state: 'open',
      created_at: now(),
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAssignment(row, []);
}

/** The project's assignments, newest first. */
export async function listAssignments(store: Store, projectId: number): Promise<Assignment[]> {
  const db = assignmentsDb(store);
  const rows = await db.selectFrom('assignments').selectAll().where('project_id', '=', projectId).orderBy('id', 'desc').execute();
  if (rows.length === 0) return [];
  const submissions = await db
    .selectFrom('assignment_submissions')
    .selectAll()
    .where('assignment_id', 'in', rows.map((r) => r.id))
    .execute();
  return rows.map((row) => toAssignment(row, submissions.filter((s) => Number(s.assignment_id) === Number(row.id))));
}

export async function getAssignment(store: Store, projectId: number, assignmentId: number): Promise<Assignment> {
  const db = assignmentsDb(store);
  const row = await db.selectFrom('assignments').selectAll().where('id', '=', assignmentId).where('project_id', '=', projectId).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`assignment ${assignmentId} of project ${projectId}`);
  const submissions = await db.selectFrom('assignment_submissions').selectAll().where('assignment_id', '=', assignmentId).execute();
  return toAssignment(row, submissions);
}

/** One coder's own codings, in any state of the assignment. */
export async function codingsOf(store: Store, assignmentId: number, coder: string): Promise<Coding[]> {
  const rows = await assignmentsDb(store).selectFrom('codings').selectAll().where('assignment_id', '=', assignmentId).where('coder', '=', coder).execute();
  return rows.map(toCoding);
}

/** Every coder's codings: only once the assignment is complete or closed (blind until then). */
export async function allCodings(store: Store, assignment: Assignment): Promise<Coding[]> {
  if (assignment.state === 'open') throw new ConflictError(`assignment "${assignment.name}" is still blind: ${waitingFor(assignment)}`);
  const rows = await assignmentsDb(store).selectFrom('codings').selectAll().where('assignment_id', '=', assignment.id).orderBy('coder').execute();
  return rows.map(toCoding);
}

export function waitingFor(assignment: Assignment): string {
  const waiting = assignment.coders.filter((c) => !assignment.submitted.has(c));
  return `waiting for ${waiting.join(', ')} to submit (or an admin to close it)`;
}

function mustBeCoding(assignment: Assignment, coder: string): void {
  if (!assignment.coders.includes(coder)) throw new ConflictError(`${coder} is not a coder of assignment "${assignment.name}" (its coders: ${assignment.coders.join(', ')})`);
  if (assignment.state === 'closed') throw new ConflictError(`assignment "${assignment.name}" is closed: codings can no longer change`);
  if (assignment.submitted.has(coder)) throw new ConflictError(`${coder} already submitted assignment "${assignment.name}": codings can no longer change`);
}

/** Writes (or rewrites) one coder's topics for one recommendation of an open assignment. */
export async function saveCoding(store: Store, assignment: Assignment, coder: string, recId: string, topics: readonly string[], note: string | null): Promise<Coding> {
  mustBeCoding(assignment, coder);
  if (!assignment.recIds.includes(recId)) throw new NotFoundError(`recommendation ${recId.slice(0, 80)} in assignment "${assignment.name}"`);
  const at = now();
  const values = { topics_json: JSON.stringify(topics), note, coded_at: at };
  return assignmentsDb(store)
    .transaction()
    .execute(async (trx) => {
      // Checked again inside the transaction: a submission may have landed meanwhile.
      const done = await trx.selectFrom('assignment_submissions').select('coder').where('assignment_id', '=', assignment.id).where('coder', '=', coder).executeTakeFirst();
      if (done !== undefined) throw new ConflictError(`${coder} already submitted assignment "${assignment.name}": codings can no longer change`);
      const row = await trx
        .insertInto('codings')
        .values({ assignment_id: assignment.id, rec_id: recId, coder, submitted_at: null, ...values })
        .onConflict((oc) => oc.columns(['assignment_id', 'coder', 'rec_id']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCoding(row);
    });
}

/** Submits a coder's codings: refused while a recommendation is left uncoded. Final: no coding changes afterwards. */
export async function submitCodings(store: Store, assignment: Assignment, coder: string): Promise<void> {
  mustBeCoding(assignment, coder);
  await assignmentsDb(store)
    .transaction()
    .execute(async (trx) => {
      const coded = await trx.selectFrom('codings').select('rec_id').where('assignment_id', '=', assignment.id).where('coder', '=', coder).execute();
      const have = new Set(coded.map((c) => c.rec_id));
      const missing = assignment.recIds.filter((r) => !have.has(r));
      if (missing.length > 0) throw new ConflictError(`${missing.length} of ${assignment.recIds.length} recommendations are not coded yet (the first: ${missing[0]}); code each (no topic is a coding too) before submitting`);
      const at = now();
      await trx
        .insertInto('assignment_submissions')
        .values({ assignment_id: assignment.id, coder, submitted_at: at })
        .onConflict((oc) => oc.columns(['assignment_id', 'coder']).doNothing())
        .execute();
      await trx.updateTable('codings').set({ submitted_at: at }).where('assignment_id', '=', assignment.id).where('coder', '=', coder).execute();
    });
}

/** An admin ends the blind phase before every coder submitted: what was coded is compared. */
export async function closeAssignment(store: Store, assignment: Assignment): Promise<void> {
  if (assignment.state === 'closed') return;
  await assignmentsDb(store).updateTable('assignments').set({ state: 'closed', closed_at: now() }).where('id', '=', assignment.id).execute();
}

/** How many recommendations each coder has coded so far (a count, not what). */
export async function codedCounts(store: Store, assignmentId: number): Promise<Map<string, number>> {
  const rows = await assignmentsDb(store)
    .selectFrom('codings')
    .select((eb) => ['coder', eb.fn.countAll().as('count')])
    .where('assignment_id', '=', assignmentId)
    .groupBy('coder')
    .execute();
  return new Map(rows.map((r) => [r.coder, Number(r.count)]));
}
