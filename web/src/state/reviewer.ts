// The reviewer's name: asked once, kept in localStorage, sent with every decision.
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'concord.reviewer';
const listeners = new Set<() => void>();

export function readReviewer(): string {
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
