// Documents of a project: the uploaded bytes, the parsed model (with its messages) as
// JSON, and the role (a report to map, or the outcome to trace into).
import type { Store } from './open.ts';
import type { DocumentRow } from './schema.ts';
import { NotFoundError } from './errors.ts';
import { now } from './projects.ts';

export type DocumentRole = 'report' | 'outcome';

export interface DocumentInput {
  readonly role: DocumentRole;
  readonly name: string;
  readonly format: string;
  readonly symbol: string;
  readonly region: string | null;
  readonly bytes: Uint8Array | null;
  readonly size: number;
  readonly modelJson: string;
}

/**
 * Adds a document; a report with the same symbol, or any earlier outcome, is replaced
 * (its machine output goes with it; decisions stay, keyed by recommendation id).
 */
export async function putDocument(store: Store, projectId: number, input: DocumentInput): Promise<{ row: DocumentRow; replaced: boolean }> {
  return store.db.transaction().execute(async (trx) => {
    let old = trx.selectFrom('documents').select('id').where('project_id', '=', projectId).where('role', '=', input.role);
    if (input.role === 'report') old = old.where('symbol', '=', input.symbol);
    const previous = await old.execute();
    for (const { id } of previous) {
      await trx.deleteFrom('machine').where('document_id', '=', id).execute();
      await trx.deleteFrom('documents').where('id', '=', id).execute();
    }
    const at = now();
    const row = await trx
      .insertInto('documents')
      .values({
        project_id: projectId,
        role: input.role,
        name: input.name,
        format: input.format,
        symbol: input.symbol,
        region: input.region,
        size: input.size,
        bytes: input.bytes,
        model_json: input.modelJson,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('projects')
      .set((eb) => ({ updated_at: at, revision: eb('revision', '+', 1) }))
      .where('id', '=', projectId)
      .execute();
    return { row, replaced: previous.length > 0 };
  });
}

/** Every document of a project with its model (bytes left out). */
export async function listDocuments(store: Store, projectId: number): Promise<Omit<DocumentRow, 'bytes'>[]> {
  return store.db
    .selectFrom('documents')
    .select(['id', 'project_id', 'role', 'name', 'format', 'symbol', 'region', 'size', 'model_json', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
}

export async function deleteDocument(store: Store, projectId: number, documentId: number): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('machine').where('document_id', '=', documentId).execute();
    const result = await trx.deleteFrom('documents').where('id', '=', documentId).where('project_id', '=', projectId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError(`document ${documentId}`);
    await trx
      .updateTable('projects')
      .set((eb) => ({ updated_at: now(), revision: eb('revision', '+', 1) }))
      .where('id', '=', projectId)
      .execute();
  });
}
