// Server-side sessions of team mode, kept in the store: a restart of the workbench keeps
// every session that has not expired. The store holds only a hash of each token.
import type { Store } from './open.ts';
import { usersDb } from './users-schema.ts';
import type { UserRow } from './users-schema.ts';

export interface SessionWithUser {
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly user: Pick<UserRow, 'id' | 'name' | 'role'>;
}

/** Stores a new session and drops the expired ones (created before `createdBefore` or idle since `idleBefore`). */
export async function createSession(store: Store, tokenHash: string, userId: number, at: string, expired: { createdBefore: string; idleBefore: string }): Promise<void> {
  await usersDb(store)
    .transaction()
    .execute(async (trx) => {
      await trx
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('created_at', '<', expired.createdBefore), eb('last_seen_at', '<', expired.idleBefore)]))
        .execute();
      await trx.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: at, last_seen_at: at }).execute();
      await trx.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', userId).execute();
    });
}

export async function findSession(store: Store, tokenHash: string): Promise<SessionWithUser | undefined> {
  const row = await usersDb(store)
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.token_hash', 'sessions.created_at', 'sessions.last_seen_at', 'users.id', 'users.name', 'users.role'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { tokenHash: row.token_hash, createdAt: row.created_at, lastSeenAt: row.last_seen_at, user: { id: row.id, name: row.name, role: row.role } };
}

export async function touchSession(store: Store, tokenHash: string, at: string): Promise<void> {
  await usersDb(store).updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(store: Store, tokenHash: string): Promise<void> {
  await usersDb(store).deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
