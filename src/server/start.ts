// Starts the workbench: opens (and migrates) the store, listens on loopback by default, and
// beyond loopback only in team mode (a store with users, so every request needs a session).
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { UsageError } from '../model/errors.ts';
import { isPostgresUrl, openStore } from '../store/open.ts';
import type { Store } from '../store/open.ts';
import { hasUsers } from '../store/users.ts';
import { createApp } from './app.ts';
import { warmUpParser } from './services/parse-upload.ts';

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** The address users open when a reverse proxy (TLS) is in front, e.g. https://concord.example.org. */
  readonly publicUrl?: string;
  readonly webRoot?: string | null;
}

export interface RunningServer {
  readonly url: string;
  readonly store: Store;
  /** True when the store has users: every request needs a session. */
  readonly teamMode: boolean;
  /** Lines for the operator: where it listens, and what a wider address implies. */
  readonly notices: readonly string[];
  close(): Promise<void>;
}

/** Loopback only: "localhost", 127.0.0.0/8 and ::1. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

const isWildcard = (host: string): boolean => ['0.0.0.0', '::', '[::]'].includes(host.trim());

function refusal(host: string): UsageError {
  return new UsageError(
    `--host ${host}: refused. The workbench has no sign-in in this store (it has no users), so anyone who could reach it could read and change every project; ` +
      'without users it listens on loopback only (127.0.0.1, localhost or ::1). Add users first to serve it in team mode (concord user add NAME --role admin --db …), ' +
      'or reach it through an SSH tunnel (ssh -L 8080:127.0.0.1:8080 …).',
  );
}

/** Loopback always; a wider address only in team mode (a store with users). */
export function checkBindHost(host: string, teamMode = false): void {
  if (!isLoopback(host) && !teamMode) throw refusal(host);
}

/**
 * Beyond loopback only with users; checked before anything is created: a SQLite file that
 * does not exist has no users and is not created to find that out.
 */
async function openForHost(db: string, host: string): Promise<{ store: Store; teamMode: boolean }> {
  const wide = !isLoopback(host);
  if (wide && !isPostgresUrl(db) && (db === ':memory:' || !existsSync(db))) checkBindHost(host);
  const store = await openStore(db);
  const teamMode = await hasUsers(store);
  try {
    checkBindHost(host, teamMode);
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, teamMode };
}

/** "https://concord.example.org" -> its origin; anything with a path, query, credentials or another scheme is refused. */
export function publicOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--public-url ${value}: expected the address users open, e.g. --public-url https://concord.example.org`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || !['', '/'].includes(url.pathname)) {
    throw new UsageError(`--public-url ${value}: expected only a scheme (http or https), a host and an optional port, e.g. --public-url https://concord.example.org`);
  }
  return url.origin;
}

/** The names a wildcard bind answers to in the Host check: this machine's name and addresses. */
function machineNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address.replace(/%.*$/, '')));
  return [hostname(), ...addresses];
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const origin = options.publicUrl === undefined ? undefined : publicOrigin(options.publicUrl);
  const { store, teamMode } = await openForHost(options.db, options.host);
  const wide = !isLoopback(options.host);
  const names = isWildcard(options.host) ? machineNames() : [];
  let port: number | undefined;
  const listening = () => ({ host: options.host, names, ...(origin === undefined ? {} : { publicOrigin: origin }), ...(port === undefined ? {} : { port }) });
  const { app, jobs } = createApp({ store, listening, auth: { teamOnly: wide }, ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }) });
  let server: ServerType;
  try {
    server = await new Promise((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        port = info.port;
        resolve(s);
      });
      s.once('error', reject);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  warmUpParser();
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const notices: string[] = wide
    ? [
        `Team mode: listening on ${host}:${port}; every request needs a session (sign in with a user of this store).`,
        `The Host check accepts ${isWildcard(options.host) ? "this machine's names and addresses" : host} and loopback, port ${port}.`,
        'This server speaks plain HTTP: put TLS in a reverse proxy in front of it, and name the address users open with --public-url https://….',
      ]
    : teamMode
      ? ['Team mode: every request needs a session (sign in with a user of this store).']
      : [];
  if (origin !== undefined) notices.push(`Public address: ${origin}/ (its Host and Origin are accepted${origin.startsWith('https:') ? '; the session cookie is Secure' : ''}).`);
  return {
    url: `http://${host}:${port}`,
    store,
    teamMode,
    notices,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      // A job still in its worker is dropped (nothing of it was saved).
      jobs.close();
      await store.close();
    },
  };
}
