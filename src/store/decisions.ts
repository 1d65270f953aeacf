// The review log: every decision is one appended row, written in its own transaction
// and committed before the API answers; nothing is ever updated in place.
import type { Store } from './open.ts';
import type { DecisionRow } from './schema.ts';
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
}

export async function appendDecision(store: Store, projectId: number, decision: DecisionRecord): Promise<DecisionRow> {
  return store.db.transaction().execute(async (trx) => {
    const at = now();
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
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('projects').set({ updated_at: at }).where('id', '=', projectId).execute();
    return row;
  });
}

/** Decisions in the order they were made; `afterId` fetches only newer ones. */
export async function listDecisions(store: Store, projectId: number, afterId = 0): Promise<DecisionRow[]> {
  return store.db
    .selectFrom('decisions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
}

export async function countReviewed(store: Store, projectId: number): Promise<number> {
  const row = await store.db
    .selectFrom('decisions')
    .select((eb) => eb.fn.count<number>('rec_id').distinct().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
