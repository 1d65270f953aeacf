// The workbench HTTP app: JSON API under /api (size-limited, validated, JSON errors),
// the built front end beside it. Tested in-process with app.request().
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { version } from '../version.ts';
import type { Store } from '../store/open.ts';
import { authGuard } from './auth/guard.ts';
import { DEFAULT_LIMITS } from './auth/rate-limit.ts';
import type { LimitPolicy } from './auth/rate-limit.ts';
import { registerAuthRoutes, socketAddress } from './auth/routes.ts';
import { DEFAULT_SESSION_POLICY, Sessions } from './auth/sessions.ts';
import type { SessionPolicy } from './auth/sessions.ts';
import { ApiError, errorResponse } from './errors.ts';
import { hostCheck } from './guards/host-check.ts';
import type { Listening } from './guards/host-check.ts';
import { originCheck } from './guards/origin-check.ts';
import { ProjectCache } from './project/state.ts';
import { registerAgreementRoutes } from './routes/agreement.ts';
import { registerCodebookRoutes } from './routes/codebooks.ts';
import { JobRunner } from './jobs/runner.ts';
import { registerJobRoutes } from './jobs/routes.ts';
import { registerDocumentRoutes } from './routes/documents.ts';
import { registerProjectRoutes } from './routes/projects.ts';
import { registerReviewRoutes } from './routes/review.ts';
import { MAX_UPLOAD_BYTES } from './services/upload-check.ts';
import { registerStatic } from './static.ts';

export const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** An upload's multipart envelope adds a little to the file itself. */
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export interface AppOptions {
  readonly store: Store;
  /** Folder of the built front end; absent: web/dist of the repository. Null: API only. */
  readonly webRoot?: string | null;
  /** The --host and port the server listens on, for the Host check; absent: loopback names, any port. */
  readonly listening?: () => Listening;
  /** Team mode's sessions and sign-in limits; absent: the defaults (clock, idle 2 h, absolute 12 h; 5 failures per name, 20 per address in 15 min). */
  readonly auth?: {
    readonly sessions?: Partial<SessionPolicy>;
    readonly limits?: Partial<LimitPolicy>;
    /** True when listening beyond loopback: a store without users then refuses every request. */
    readonly teamOnly?: boolean;
  };
}

const tooLarge = (limit: number) => () => {
  throw new ApiError(413, 'too-large', `the request body is larger than ${Math.round(limit / 1048576)} MB`);
};

export function createApp(options: AppOptions): { app: Hono; cache: ProjectCache; jobs: JobRunner } {
  const { store } = options;
  const cache = new ProjectCache(store);
  const app = new Hono();
  app.onError(errorResponse);
  const listening = options.listening ?? ((): Listening => ({}));
  app.use('*', hostCheck(listening));
  app.use('*', originCheck(listening));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  const api = new Hono();
  const isUpload = (path: string): boolean => /\/(documents|outcome)$/.test(path);
  api.use('*', async (c, next) => {
    const limit = c.req.method === 'POST' && isUpload(c.req.path) ? MAX_UPLOAD_BODY_BYTES : MAX_JSON_BYTES;
    return bodyLimit({ maxSize: limit, onError: tooLarge(limit) })(c, next);
  });
  const sessions = new Sessions(store, { ...DEFAULT_SESSION_POLICY, ...options.auth?.sessions });
  const teamOnly = options.auth?.teamOnly === true;
  api.use('*', authGuard(sessions, { teamOnly }));
  const limits = { ...DEFAULT_LIMITS, ...options.auth?.limits };
  const publicHttps = (): boolean => listening().publicOrigin?.startsWith('https:') === true;
  registerAuthRoutes(api, { store, sessions, teamOnly, limits, addressOf: socketAddress, publicHttps });
  api.get('/health', (c) => c.json({ ok: true as const, version, store: store.kind }));
  // Re-maps and exports run as jobs in worker threads, so that the API keeps answering meanwhile.
  const jobs = new JobRunner();
  const deps = { store, cache, jobs };
  registerCodebookRoutes(api);
  registerProjectRoutes(api, deps);
  registerDocumentRoutes(api, deps);
  registerReviewRoutes(api, deps);
  registerJobRoutes(api, deps);
  registerAgreementRoutes(api, deps);
  api.all('*', (c) => errorResponse(new ApiError(404, 'not-found', `no API route ${c.req.method} ${c.req.path}`), c));
  api.onError(errorResponse);
  app.route('/api', api);

  if (options.webRoot !== null) registerStatic(app, options.webRoot ?? undefined);
  return { app, cache, jobs };
}
