// POST /api/login, POST /api/logout, GET /api/session (see api.ts).
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Store } from '../../store/open.ts';
import { isRole } from '../../store/users-schema.ts';
import { findUser } from '../../store/users.ts';
import { ApiError } from '../errors.ts';
import { jsonBody } from '../validate.ts';
import { LoginSchema } from './api.ts';
import type { SessionInfo } from './api.ts';
import { authOf } from './context.ts';
import type { AuthState } from './context.ts';
import { noUsers } from './guard.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { FailureLimiter } from './rate-limit.ts';
import type { LimitPolicy } from './rate-limit.ts';
import { abilities } from './roles.ts';
import { SESSION_COOKIE } from './sessions.ts';
import type { Sessions } from './sessions.ts';

export interface AuthRouteOptions {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly limits: LimitPolicy;
  readonly teamOnly: boolean;
  /** The client's address, for the per-address limit. */
  readonly addressOf: (c: Context) => string;
  /** True when the public origin (--public-url) is https: the cookie is then always Secure. */
  readonly publicHttps?: () => boolean;
}

/** The socket's address under @hono/node-server; "local" in-process (app.request). */
export function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** Secure when the request came over https, directly or through a proxy that says so. */
function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

function sessionInfo(auth: AuthState): SessionInfo | undefined {
  if (auth.mode === 'single-user') return { mode: 'single-user', abilities: abilities('admin') };
  if (auth.user === null) return undefined;
  return { mode: 'team', user: { name: auth.user.name, role: auth.user.role }, abilities: abilities(auth.user.role), expiresAt: auth.expiresAt };
}

export function registerAuthRoutes(api: Hono, options: AuthRouteOptions): void {
  const { store, sessions, limits } = options;
  const byName = new FailureLimiter(limits.perName, limits.windowMs);
  const byAddress = new FailureLimiter(limits.perAddress, limits.windowMs);

  api.post('/login', async (c) => {
    const input = await jsonBody(c, LoginSchema);
    const now = sessions.policy.now();
    const nameKey = input.name.toLowerCase();
    const address = options.addressOf(c);
    const wait = Math.max(byName.wait(nameKey, now), byAddress.wait(address, now));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      c.header('Retry-After', String(seconds));
      throw new ApiError(429, 'too-many-attempts', `too many failed sign-ins for this name or from this address: try again in ${seconds} s`);
    }
    const user = await findUser(store, input.name);
    const matches = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
    if (user === undefined || !matches || !isRole(user.role)) {
      byName.fail(nameKey, now);
      byAddress.fail(address, now);
      throw new ApiError(401, 'wrong-credentials', 'the name or the password is wrong');
    }
    byName.clear(nameKey);
    const signedIn = { id: user.id, name: user.name, role: user.role };
    // Signing in again (as anyone) replaces the browser's earlier session rather than leaving it alive.
    await sessions.end(getCookie(c, SESSION_COOKIE));
    const { token, expiresAt } = await sessions.start(signedIn);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: isHttps(c) || options.publicHttps?.() === true,
      maxAge: Math.floor(sessions.policy.absoluteMs / 1000),
    });
    const info: SessionInfo = { mode: 'team', user: { name: user.name, role: user.role }, abilities: abilities(user.role), expiresAt };
    return c.json(info);
  });

  api.post('/logout', async (c) => {
    await sessions.end(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) || options.publicHttps?.() === true, httpOnly: true, sameSite: 'Strict' });
    return c.body(null, 204);
  });

  api.get('/session', (c) => {
    const auth = authOf(c);
    if (auth.mode === 'single-user' && options.teamOnly) throw noUsers();
    const info = sessionInfo(auth);
    if (info === undefined) throw new ApiError(401, 'sign-in-required', 'nobody is signed in: this workbench is in team mode (POST /api/login with {"name","password"})');
    return c.json(info);
  });
}

