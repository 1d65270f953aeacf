// Every request must name this server in its Host header: the names it was started with
// (--host) and the loopback names, with its port. A page on another name that resolves to
// this machine (DNS rebinding) is answered 421 and sees nothing of the API.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';

export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

export interface Listening {
  /** The --host the server was started with (an address or a name). */
  readonly host?: string;
  /** More names it answers to: the machine's own names and addresses when --host is a wildcard (0.0.0.0, ::). */
  readonly names?: readonly string[];
  /** The origin users open when a reverse proxy is in front (--public-url, e.g. https://concord.example.org): its host is accepted too, with its own port. */
  readonly publicOrigin?: string;
  /** The port it listens on; undefined (in-process tests) accepts any port. */
  readonly port?: number;
}

/** "::1" -> "[::1]", names lower-cased: the form a Host header carries. */
export function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/** Splits "name:port" / "[::1]:port" into its name and port (null: no port given). */
function splitHost(header: string): { name: string; port: number | null } | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (match === null) return null;
  return { name: (match[1] ?? '').toLowerCase(), port: match[2] === undefined ? null : Number(match[2]) };
}

export function acceptsHost(header: string, listening: Listening): boolean {
  const parts = splitHost(header);
  if (parts === null) return false;
  const names = new Set([...LOOPBACK_NAMES, ...(listening.host === undefined ? [] : [hostName(listening.host)]), ...(listening.names ?? []).map(hostName)]);
  if (listening.publicOrigin !== undefined) {
    const pub = new URL(listening.publicOrigin);
    if (parts.name === pub.hostname.toLowerCase() && (parts.port ?? defaultPort(pub)) === (pub.port === '' ? defaultPort(pub) : Number(pub.port))) return true;
  }
  if (!names.has(parts.name)) return false;
  if (listening.port === undefined) return true;
  return (parts.port ?? 80) === listening.port;
}

const defaultPort = (url: URL): number => (url.protocol === 'https:' ? 443 : 80);

/** `listening` is read on every request: the port is known only once the server listens. */
export function hostCheck(listening: () => Listening): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const current = listening();
    if (!acceptsHost(header, current)) {
      const port = current.port === undefined ? '' : `:${current.port}`;
      const names = [...new Set([...(current.host === undefined ? [] : [hostName(current.host)]), ...LOOPBACK_NAMES])];
      const pub = current.publicOrigin === undefined ? '' : ` or ${new URL(current.publicOrigin).host}`;
      throw new ApiError(
        421,
        'wrong-host',
        `this workbench does not answer to the host "${header}": it answers only to ${names.map((n) => `${n}${port}`).join(', ')}${pub} (a foreign host name is how DNS rebinding reaches a local server)`,
      );
    }
    await next();
  };
}
