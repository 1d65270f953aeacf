// Starts the workbench: opens (and migrates) the store, listens on loopback by default.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/open.ts';
import { createApp } from './app.ts';
import { warmUpParser } from './services/parse-upload.ts';

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly webRoot?: string | null;
}

export interface RunningServer {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  const { app } = createApp({ store, ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }) });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  });
  warmUpParser();
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    store,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}
