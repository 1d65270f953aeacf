// The review log: every decision is one appended row, written in its own transaction
// and committed before the API answers; nothing is ever updated in place. Each row takes
// its project's next sequence number under the project row's lock, so rows become visible
// in the order of their numbers (ids may commit out of order on PostgreSQL).
import type { Store } from './open.ts';
import type { DecisionRow } from './schema.ts';
import { ConcordError } from '../model/errors.ts';
import { NotFoundError } from './errors.ts';
import { now } from './projects.ts';

export interface DecisionRecord {
  readonly recId: string;
  readonly citation: string;
  readonly action: string;
  readonly topic?: string | undefined;
  readonly paragraph?: number | undefined;
  readonly strength?: string | undefined;
  readonly note?: string | undefined;
  readonly reviewer?: string | undefined;
  /** For an 'undo': the id of the decision taken back. */
  readonly undoes?: number | undefined;
}

/** Actions that leave a recommendation's review as it was, and so do not move its version. */
export const VERSIONLESS_ACTIONS: readonly string[] = ['note'];

/**
 * The decision was made on a version of the recommendation that is no longer current:
 * `since` are the decisions made after it, oldest first.
 */
export class StaleVersionError extends ConcordError {
  constructor(
    readonly recId: string,
    readonly expected: number,
    readonly current: number,
    readonly since: readonly DecisionRow[],
  ) {
    super('store', `${recId} is at version ${current}, not ${expected}: it was decided meanwhile`);
    this.name = 'StaleVersionError';
  }
}

/**
 * Appends a decision. With `expectedVersion`, it is stored only if the recommendation's
 * version (the seq of its latest decision that changes the review, 0 for none) is still
 * that one; otherwise nothing is written and StaleVersionError says what came between.
 */
export async function appendDecision(store: Store, projectId: number, decision: DecisionRecord, expectedVersion?: number): Promise<DecisionRow> {
  return store.db.transaction().execute(async (trx) => {
    const at = now();
    // First the project row: its lock orders this transaction after every earlier decision's commit.
    const counter = await trx
      .updateTable('projects')
      .set((eb) => ({ decision_seq: eb('decision_seq', '+', 1), updated_at: at }))
      .where('id', '=', projectId)
      .returning('decision_seq')
      .executeTakeFirst();
    if (counter === undefined) throw new NotFoundError(`project ${projectId}`);
    if (expectedVersion !== undefined) {
      const latest = await trx
        .selectFrom('decisions')
        .select('seq')
        .where('project_id', '=', projectId)
        .where('rec_id', '=', decision.recId)
        .where('action', 'not in', VERSIONLESS_ACTIONS)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const current = Number(latest?.seq ?? 0);
      if (current !== expectedVersion) {
        const since = await trx
          .selectFrom('decisions')
          .selectAll()
          .where('project_id', '=', projectId)
          .where('rec_id', '=', decision.recId)
          .where('action', 'not in', VERSIONLESS_ACTIONS)
          .where('seq', '>', expectedVersion)
          .orderBy('seq')
          .execute();
        throw new StaleVersionError(decision.recId, expectedVersion, current, since.map(normalize));
      }
    }
    const row = await trx
      .insertInto('decisions')
      .values({
        project_id: projectId,
        rec_id: decision.recId,
        citation: decision.citation,
        action: decision.action,
        topic: decision.topic ?? null,
        paragraph: decision.paragraph ?? null,
        strength: decision.strength ?? null,
        note: decision.note ?? null,
        reviewer: decision.reviewer ?? null,
        created_at: at,
        seq: Number(counter.decision_seq),
        undoes: decision.undoes ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return normalize(row);
  });
}

/** Decisions in commit order; `afterSeq` fetches only those committed after the one numbered so. */
export async function listDecisions(store: Store, projectId: number, afterSeq = 0): Promise<DecisionRow[]> {
  const rows = await store.db
    .selectFrom('decisions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .execute();
  return rows.map(normalize);
}

/** Numbers as numbers whatever the driver returns (PostgreSQL's bigint aggregates come back as strings). */
function normalize(row: DecisionRow): DecisionRow {
  return { ...row, id: Number(row.id), seq: Number(row.seq), undoes: row.undoes === null ? null : Number(row.undoes) };
}
