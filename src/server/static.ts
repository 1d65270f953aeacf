// Serves the built front end (web/dist) with an SPA fallback to index.html; when it has
// not been built, every page says how to build it. Checked per request, so a build made
// while the server runs is picked up.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

export const BUILD_HINT = 'The workbench front end is not built yet. Build it with:\n\n  npx vite build --config web/vite.config.ts\n\nThe API is available under /api meanwhile.\n';

export function registerStatic(app: Hono, webRoot: string = DEFAULT_WEB_ROOT): void {
  const index = join(webRoot, 'index.html');
  let files: ReturnType<typeof serveStatic> | undefined;
  app.use('*', async (c, next) => {
    if (!existsSync(index)) return next();
    files ??= serveStatic({ root: webRoot });
    return files(c, next);
  });
  app.get('*', (c) => (existsSync(index) ? c.html(readFileSync(index, 'utf8')) : c.text(BUILD_HINT, 503)));
}
