// The users of team mode. A store with at least one user is in team mode: every API
// request then needs a session (server/auth). Passwords arrive here already hashed.
import type { Store } from './open.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { now } from './projects.ts';
import { usersDb } from './users-schema.ts';
import type { Role, UserRow } from './users-schema.ts';

export async function hasUsers(store: Store): Promise<boolean> {
  const row = await usersDb(store).selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function findUser(store: Store, name: string): Promise<UserRow | undefined> {
  return usersDb(store).selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function listUsers(store: Store): Promise<UserRow[]> {
  return usersDb(store).selectFrom('users').selectAll().orderBy('name').execute();
}

export async function addUser(store: Store, name: string, role: Role, passwordHash: string): Promise<UserRow> {
  if ((await findUser(store, name)) !== undefined) throw new ConflictError(`a user named "${name}" already exists (change the password with: concord user passwd ${name})`);
  const at = now();
  return usersDb(store)
    .insertInto('users')
    .values({ name, role, password_hash: passwordHash, created_at: at, password_changed_at: at, last_sign_in_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A new password ends every session of the user. */
export async function setPassword(store: Store, name: string, passwordHash: string): Promise<void> {
  await usersDb(store)
    .transaction()
    .execute(async (trx) => {
      const user = await trx.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst();
      if (user === undefined) throw new NotFoundError(`user "${name}"`);
      await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now() }).where('id', '=', user.id).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    });
}

/** Removes the user and their sessions; decisions they made keep their name. */
export async function removeUser(store: Store, name: string): Promise<void> {
  await usersDb(store)
    .transaction()
    .execute(async (trx) => {
      const user = await trx.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst();
      if (user === undefined) throw new NotFoundError(`user "${name}"`);
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      await trx.deleteFrom('users').where('id', '=', user.id).execute();
    });
}
