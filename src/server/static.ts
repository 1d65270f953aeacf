// Serves the built front end (web/dist) with an SPA fallback to index.html; when it has
// not been built, every page says how to build it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative } from 'node:path';

export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

export const BUILD_HINT = 'The workbench front end is not built yet. Build it with:\n\n  npx vite build --config web/vite.config.ts\n\nthen restart `concord serve`. The API is available under /api meanwhile.\n';

export function registerStatic(app: Hono, webRoot: string = DEFAULT_WEB_ROOT): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) {
    app.get('*', (c) => c.text(BUILD_HINT, 503));
    return;
  }
  const root = relative(process.cwd(), webRoot) || '.';
  app.use('*', serveStatic({ root }));
  const html = readFileSync(index, 'utf8');
  app.get('*', (c) => c.html(html));
}
