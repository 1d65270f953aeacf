// The reviewer's name: asked once, kept in localStorage, sent with every decision; in team
// mode it is the signed-in user's (the server records that one whatever is sent).
import { useCallback, useSyncExternalStore } from 'react';
import { signedInName } from './session.tsx';

const KEY = 'concord.reviewer';
const listeners = new Set<() => void>();

export function readReviewer(): string {
  const team = signedInName();
  if (team !== undefined) return team;
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function useReviewer(): [string, (name: string) => void] {
  const name = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    readReviewer,
  );
  const set = useCallback((value: string) => {
    try {
      localStorage.setItem(KEY, value.trim());
    } catch {
      /* private mode: keep for this page only */
    }
    listeners.forEach((l) => l());
  }, []);
  return [name, set];
}
