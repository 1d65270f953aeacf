// Projects: a name, a codebook (shipped name or uploaded YAML) and a revision counter
// that tells in-memory caches when documents or machine output changed.
import type { Store } from './open.ts';
import type { ProjectRow } from './schema.ts';
import { ConflictError, NotFoundError } from './errors.ts';

export interface CodebookChoice {
  readonly kind: 'shipped' | 'yaml';
  readonly name: string;
  readonly yaml?: string;
}

export const now = (): string => new Date().toISOString();

export async function createProject(store: Store, name: string, codebook: CodebookChoice): Promise<ProjectRow> {
  const existing = await findProjectByName(store, name);
  if (existing !== undefined) throw new ConflictError(`a project named "${name}" already exists`);
  const at = now();
  const row = await store.db
    .insertInto('projects')
    .values({
      name,
      codebook_kind: codebook.kind,
      codebook_name: codebook.name,
      codebook_yaml: codebook.yaml ?? null,
      revision: 0,
      created_at: at,
      updated_at: at,
      mapped_at: null,
      outcome_json: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}

export async function listProjects(store: Store): Promise<ProjectRow[]> {
  return store.db.selectFrom('projects').selectAll().orderBy('id').execute();
}

export async function findProjectByName(store: Store, name: string): Promise<ProjectRow | undefined> {
  return store.db.selectFrom('projects').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function getProject(store: Store, id: number): Promise<ProjectRow> {
  const row = await store.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`project ${id}`);
  return row;
}

/** The revision alone: a cheap check whether a cached project is still current. */
export async function projectRevision(store: Store, id: number): Promise<number> {
  const row = await store.db.selectFrom('projects').select('revision').where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`project ${id}`);
  return Number(row.revision);
}

export async function deleteProject(store: Store, id: number): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('decisions').where('project_id', '=', id).execute();
    await trx.deleteFrom('machine').where('project_id', '=', id).execute();
    await trx.deleteFrom('documents').where('project_id', '=', id).execute();
    const result = await trx.deleteFrom('projects').where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError(`project ${id}`);
  });
}

export async function setCodebook(store: Store, id: number, codebook: CodebookChoice): Promise<void> {
  await store.db
    .updateTable('projects')
    .set((eb) => ({
      codebook_kind: codebook.kind,
      codebook_name: codebook.name,
      codebook_yaml: codebook.yaml ?? null,
      updated_at: now(),
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}
