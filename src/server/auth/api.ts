// The sign-in part of the API contract (see api-types.ts for the rest):
// POST /api/login   Login        -> SessionInfo (200, sets the session cookie); 401 wrong name or password; 429 too many failures (Retry-After)
// POST /api/logout                -> 204 (ends the session, clears the cookie)
// GET  /api/session               -> SessionInfo; 401 in team mode without a session
import { z } from 'zod';

export const LoginSchema = z.object({
  name: z.string().trim().min(1, 'give your user name').max(64),
  password: z.string().min(1, 'give your password').max(1024),
});
export type Login = z.infer<typeof LoginSchema>;

export interface Abilities {
  readonly read: true;
  readonly export: true;
  readonly decide: boolean;
  readonly manage: boolean;
}

export type SessionInfo =
  | { readonly mode: 'single-user'; readonly abilities: Abilities }
  | { readonly mode: 'team'; readonly user: { readonly name: string; readonly role: 'viewer' | 'reviewer' | 'admin' }; readonly abilities: Abilities; readonly expiresAt: string };
