// Sessions of team mode: a random token in an HttpOnly, SameSite=Strict cookie, its SHA-256
// in the store. A session ends after an idle time and, however busy, after an absolute time;
// the clock is injectable so that tests need not wait.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../store/open.ts';
import { isRole } from '../../store/users-schema.ts';
import { hasUsers } from '../../store/users.ts';
import { createSession, deleteSession, findSession, touchSession } from '../../store/users-sessions.ts';
import type { AuthState, SignedInUser } from './context.ts';

export const SESSION_COOKIE = 'concord_session';

export interface SessionPolicy {
  /** A session unused this long ends. */
  readonly idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  readonly absoluteMs: number;
  readonly now: () => number;
}

/** A working day at most, and a long lunch of inactivity. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 3600_000, absoluteMs: 12 * 3600_000, now: () => Date.now() };

/** last_seen_at is written at most this often per session (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const iso = (ms: number): string => new Date(ms).toISOString();

export class Sessions {
  constructor(
    private readonly store: Store,
    readonly policy: SessionPolicy,
  ) {}

  /** Starts a session for the user; the token goes into the cookie only. */
  async start(user: SignedInUser): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.policy.now();
    await createSession(this.store, hashToken(token), user.id, iso(now), { createdBefore: iso(now - this.policy.absoluteMs), idleBefore: iso(now - this.policy.idleMs) });
    return { token, expiresAt: iso(Math.min(now + this.policy.absoluteMs, now + this.policy.idleMs)) };
  }

  async end(token: string | undefined): Promise<void> {
    if (token !== undefined && token !== '') await deleteSession(this.store, hashToken(token));
  }

  /** The request's state: its session when valid; otherwise team mode without a user, or single-user mode when the store has no user. */
  async resolve(token: string | undefined): Promise<AuthState> {
    if (token !== undefined && token !== '' && token.length <= 128) {
      const tokenHash = hashToken(token);
      const session = await findSession(this.store, tokenHash);
      if (session !== undefined) {
        const now = this.policy.now();
        const created = Date.parse(session.createdAt);
        const seen = Date.parse(session.lastSeenAt);
        const ends = Math.min(created + this.policy.absoluteMs, Math.max(seen, now) + this.policy.idleMs);
        if (now - created < this.policy.absoluteMs && now - seen < this.policy.idleMs && isRole(session.user.role)) {
          if (now - seen >= TOUCH_EVERY_MS) await touchSession(this.store, tokenHash, iso(now));
          return { mode: 'team', user: { id: session.user.id, name: session.user.name, role: session.user.role }, tokenHash, expiresAt: iso(ends) };
        }
        await deleteSession(this.store, tokenHash);
        return { mode: 'team', user: null };
      }
    }
    return (await hasUsers(this.store)) ? { mode: 'team', user: null } : { mode: 'single-user' };
  }
}
