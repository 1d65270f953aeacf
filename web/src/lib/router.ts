// A small hash router: "#/p/<project>/<view>?query" (hash routes need no server fallback).
import { useCallback, useSyncExternalStore } from 'react';

export type ViewName = 'overview' | 'review' | 'matrix' | 'narrative' | 'document' | 'trace' | 'search' | 'agreement';
export const VIEW_NAMES: readonly ViewName[] = ['overview', 'review', 'matrix', 'narrative', 'document', 'trace', 'search', 'agreement'];

export interface Route {
  readonly projectId?: string;
  /** "no-such-view": the address names a view that does not exist (shown as such, not as the Overview). */
  readonly view: ViewName | 'projects' | 'no-such-view';
  readonly params: URLSearchParams;
  /** The view name the address gave, when it is no view. */
  readonly unknown?: string;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts[0] === 'p' && parts[1]) {
    const name = parts.slice(2).join('/');
    if (name === '') return { projectId: parts[1], view: 'overview', params };
    if ((VIEW_NAMES as readonly string[]).includes(name)) return { projectId: parts[1], view: name as ViewName, params };
    return { projectId: parts[1], view: 'no-such-view', params, unknown: name };
  }
  if (parts.length > 0) return { view: 'no-such-view', params, unknown: parts.join('/') };
  return { view: 'projects', params };
}

export function routeHref(projectId: string | undefined, view: ViewName | 'projects', params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined && value !== '') query.set(key, value);
  const qs = query.toString();
  const path = projectId === undefined || view === 'projects' ? '#/' : `#/p/${encodeURIComponent(projectId)}/${view}`;
  return qs ? `${path}?${qs}` : path;
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  window.addEventListener('popstate', callback);
  return () => {
    window.removeEventListener('hashchange', callback);
    window.removeEventListener('popstate', callback);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}

/** Updates one query parameter of the current route without a new history entry. */
export function useSetParam(): (key: string, value: string | undefined) => void {
  return useCallback((key, value) => {
    const route = parseHash(window.location.hash);
    if (route.view === 'no-such-view') return;
    const params: Record<string, string> = {};
    route.params.forEach((v, k) => {
      params[k] = v;
    });
    if (value === undefined || value === '') delete params[key];
    else params[key] = value;
    navigate(routeHref(route.projectId, route.view, params), true);
  }, []);
}

/** Smooth scrolling unless the reader asked for reduced motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
