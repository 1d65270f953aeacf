// A state-changing request (POST, PUT, PATCH, DELETE) must come from the workbench's own
// pages: a browser's Origin must be this server's origin and its Sec-Fetch-Site, when sent,
// "same-origin" or "none". Another page in the same browser (simple requests need no
// pre-flight) is answered 403. Clients that are not browsers (no Origin, no Sec-Fetch-Site:
// curl, the tests, scripts) pass; the Host check has vetted the name already.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { Listening } from './host-check.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OWN_SITE = new Set(['same-origin', 'none']);

/** Why a request is refused, or undefined when it may proceed. */
export function originRefusal(method: string, ownOrigin: string, origin: string | undefined, fetchSite: string | undefined): string | undefined {
  if (!STATE_CHANGING.has(method.toUpperCase())) return undefined;
  if (fetchSite !== undefined && !OWN_SITE.has(fetchSite.trim().toLowerCase())) {
    return `a ${method} request from another site (Sec-Fetch-Site: ${fetchSite}) is refused: only the workbench's own pages may change its data`;
  }
  if (origin === undefined) {
    return fetchSite === undefined ? undefined : `a ${method} request from a browser without an Origin header is refused: only the workbench's own pages may change its data`;
  }
  if (origin.trim().toLowerCase() !== ownOrigin.toLowerCase()) {
    return `a ${method} request from ${origin} is refused: only the workbench's own pages (${ownOrigin}) may change its data`;
  }
  return undefined;
}

/** Behind a reverse proxy (--public-url), the pages' origin is the public one. */
export function originCheck(listening: () => Listening = () => ({})): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const host = c.req.header('host') ?? url.host;
    const publicOrigin = listening().publicOrigin;
    const origin = c.req.header('origin');
    const own = publicOrigin !== undefined && origin?.trim().toLowerCase() === publicOrigin.toLowerCase() ? publicOrigin : `${url.protocol}//${host}`;
    const refusal = originRefusal(c.req.method, own, origin, c.req.header('sec-fetch-site'));
    if (refusal !== undefined) throw new ApiError(403, 'foreign-origin', refusal);
    await next();
  };
}
