// Machine output of the last re-map: topics (and trace) per recommendation, replaced
// as a whole in one transaction. Reviewer decisions live elsewhere and are never touched.
import type { Store } from './open.ts';
import type { MachineRow } from './schema.ts';
import { now } from './projects.ts';

export interface MachineInput {
  readonly recId: string;
  readonly documentId: number;
  readonly topicsJson: string;
  readonly traceJson: string | null;
}

/** Replaces the machine rows of the given recommendations (all of the project's when `only` is absent). */
export async function saveMachine(
  store: Store,
  projectId: number,
  rows: readonly MachineInput[],
  outcomeJson: string | null,
  only?: readonly string[],
): Promise<string> {
  const at = now();
  await store.db.transaction().execute(async (trx) => {
    if (only === undefined) {
      await trx.deleteFrom('machine').where('project_id', '=', projectId).execute();
    } else {
      for (let i = 0; i < only.length; i += 500) {
        const chunk = only.slice(i, i + 500);
        if (chunk.length > 0) await trx.deleteFrom('machine').where('project_id', '=', projectId).where('rec_id', 'in', chunk).execute();
      }
    }
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200).map((row) => ({
        project_id: projectId,
        rec_id: row.recId,
        document_id: row.documentId,
        topics_json: row.topicsJson,
        trace_json: row.traceJson,
      }));
      if (chunk.length > 0) await trx.insertInto('machine').values(chunk).execute();
    }
    await trx
      .updateTable('projects')
      .set((eb) => ({ updated_at: at, mapped_at: at, outcome_json: outcomeJson, revision: eb('revision', '+', 1) }))
      .where('id', '=', projectId)
      .execute();
  });
  return at;
}

export async function loadMachine(store: Store, projectId: number): Promise<MachineRow[]> {
  return store.db.selectFrom('machine').selectAll().where('project_id', '=', projectId).execute();
}
