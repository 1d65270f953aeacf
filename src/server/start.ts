// Starts the workbench: opens (and migrates) the store, listens on loopback by default.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { UsageError } from '../model/errors.ts';
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

/** Loopback only: "localhost", 127.0.0.0/8 and ::1. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The workbench has no sign-in yet: anyone who reaches it may read and change every project.
 * So it listens on loopback only, and a wider --host is refused before anything is opened.
 */
export function checkBindHost(host: string): void {
  if (isLoopback(host)) return;
  throw new UsageError(
    `--host ${host}: refused. The workbench has no sign-in, so anyone who can reach it could read and change every project; ` +
      'it listens on loopback only (127.0.0.1, localhost or ::1). To share it, reach it through an SSH tunnel (ssh -L 8080:127.0.0.1:8080 …).',
  );
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  checkBindHost(options.host);
  const store = await openStore(options.db);
  let port: number | undefined;
  const listening = () => ({ host: options.host, ...(port === undefined ? {} : { port }) });
  const { app } = createApp({ store, listening, ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }) });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      port = info.port;
      resolve(s);
    });
    s.once('error', reject);
  });
  warmUpParser();
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : options.port;
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
