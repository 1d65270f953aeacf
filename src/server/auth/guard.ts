// The one place the API asks who is asking: every /api request gets its AuthState; in team
// mode a request without a session is answered 401 and one whose role may not do it 403
// (roles.ts holds the table). Without users the workbench stays single-user, unless it
// listens beyond loopback, where a store emptied of users refuses everything.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError } from '../errors.ts';
import type { AuthState } from './context.ts';
import { neededRole, roleAllows } from './roles.ts';
import { SESSION_COOKIE } from './sessions.ts';
import type { Sessions } from './sessions.ts';

/** Paths under /api answered without a session: sign-in itself and the liveness probe. */
export const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/health', '/login', '/logout', '/session']);

/** The path below /api ("/projects/1"), as the permission table names it. */
export const apiPath = (path: string): string => path.replace(/^\/api(?=\/|$)/, '') || '/';

const WHAT: Record<string, string> = { viewer: 'read', reviewer: 'decide', admin: 'manage projects, documents, codebooks and re-maps' };

export function authGuard(sessions: Sessions, options: { teamOnly: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const auth: AuthState = await sessions.resolve(getCookie(c, SESSION_COOKIE));
    c.set('auth', auth);
    const path = apiPath(c.req.path);
    if (PUBLIC_PATHS.has(path)) return next();
    if (auth.mode === 'single-user') {
      if (options.teamOnly) throw noUsers();
      return next();
    }
    if (auth.user === null) throw new ApiError(401, 'sign-in-required', 'sign in first: this workbench is in team mode (POST /api/login with {"name","password"})');
    const needed = neededRole(c.req.method, path);
    if (!roleAllows(auth.user.role, needed)) {
      throw new ApiError(403, 'forbidden', `${auth.user.name} is a ${auth.user.role} and may not ${WHAT[needed] ?? needed}: ${c.req.method} ${path} needs the ${needed} role`);
    }
    return next();
  };
}

/** Served beyond loopback, a store without users would be open to anyone: refused instead. */
export function noUsers(): ApiError {
  return new ApiError(
    403,
    'no-users',
    'this store has no users any more, and the workbench listens beyond loopback: it answers nothing until a user is added (concord user add NAME --role admin --db …) or it is restarted on loopback',
  );
}
