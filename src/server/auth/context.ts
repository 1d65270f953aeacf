// What the sign-in middleware leaves on each request: single-user mode (no users in the
// store), or team mode with the signed-in user (or none yet).
import type { Context } from 'hono';
import type { Role } from '../../store/users-schema.ts';

export interface SignedInUser {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
}

export type AuthState =
  | { readonly mode: 'single-user' }
  | { readonly mode: 'team'; readonly user: SignedInUser; readonly tokenHash: string; readonly expiresAt: string }
  | { readonly mode: 'team'; readonly user: null };

declare module 'hono' {
  interface ContextVariableMap {
    auth: AuthState;
  }
}

export function authOf(c: Context): AuthState {
  return c.get('auth') ?? { mode: 'single-user' };
}

/**
 * In team mode the reviewer of a decision is the signed-in user, whatever name the body
 * carries; in single-user mode the typed name stays.
 */
export function withSignedInReviewer<T extends { reviewer?: string | undefined }>(c: Context, input: T): T {
  const auth = authOf(c);
  return auth.mode === 'team' && auth.user !== null ? { ...input, reviewer: auth.user.name } : input;
}
