// Who is using the workbench: single-user mode (a store without users: everyone may do
// everything, as before), or team mode with the signed-in user and what their role may do.
// A 401 from any request (no session, or it expired) brings back the sign-in screen.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiFailure, onSignInRequired } from '../api/client.ts';
import type { Abilities, SessionInfo } from '../../../src/server/auth/api.ts';

export type SessionState =
  | { readonly status: 'loading' }
  /** `ended`: a session the page had was refused (expired, signed out elsewhere, password changed). */
  | { readonly status: 'signed-out'; readonly ended?: boolean }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'ready'; readonly info: SessionInfo };

interface SessionContext {
  readonly state: SessionState;
  readonly signedIn: (info: SessionInfo) => void;
  readonly signOut: () => Promise<void>;
}

const ALL: Abilities = { read: true, export: true, decide: true, manage: true };
const Ctx = createContext<SessionContext>({ state: { status: 'loading' }, signedIn: () => undefined, signOut: async () => undefined });

/** The signed-in user's name in team mode: the reviewer of every decision (state/reviewer.ts). */
let teamName: string | undefined;
export const signedInName = (): string | undefined => teamName;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    teamName = state.status === 'ready' && state.info.mode === 'team' ? state.info.user.name : undefined;
  }, [state]);
  useEffect(() => {
    onSignInRequired(() => setState((s) => ({ status: 'signed-out', ended: s.status === 'ready' || (s.status === 'signed-out' && s.ended === true) })));
    api.session().then(
      (info) => {
        teamName = info.mode === 'team' ? info.user.name : undefined;
        setState({ status: 'ready', info });
      },
      (cause) => setState(cause instanceof ApiFailure && cause.status === 401 ? { status: 'signed-out' } : { status: 'failed', error: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => onSignInRequired(undefined);
  }, []);
  const signedIn = useCallback((info: SessionInfo) => {
    teamName = info.mode === 'team' ? info.user.name : undefined;
    setState({ status: 'ready', info });
  }, []);
  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    teamName = undefined;
    setState({ status: 'signed-out' });
  }, []);
  const value = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionContext {
  return useContext(Ctx);
}

/** What the user may do; everything in single-user mode. */
export function useAbilities(): Abilities {
  const { state } = useContext(Ctx);
  return state.status === 'ready' ? state.info.abilities : ALL;
}
