// The tables of team mode, as Kysely sees them: kept beside the workbench's own tables
// (schema.ts) and joined to them with Kysely's withTables.
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database } from './schema.ts';
import type { Store } from './open.ts';

export const ROLES = ['viewer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UserTable {
  id: Generated<number>;
  name: string;
  /** One of ROLES. */
  role: string;
  /** "scrypt$N$r$p$salt$hash" (base64url), see server/auth/password.ts. */
  password_hash: string;
  created_at: string;
  password_changed_at: string;
  last_sign_in_at: string | null;
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie's token: a copy of the store does not hand out sessions. */
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
}

// A type, not an interface: withTables needs its implicit index signature.
export type UsersDatabase = {
  users: UserTable;
  sessions: SessionTable;
};

export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;

export const usersDb = (store: Store): Kysely<Database & UsersDatabase> => store.db.withTables<UsersDatabase>();

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
