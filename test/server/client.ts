// A tiny client over app.request() for the API suites: JSON in, status and JSON out.
import type { Hono } from 'hono';

export interface Reply<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export function client(app: Hono) {
  const send = async <T>(method: string, path: string, init: { json?: unknown; form?: FormData; raw?: BodyInit; headers?: Record<string, string> } = {}): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    let body: BodyInit | undefined = init.raw;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    if (init.form !== undefined) body = init.form;
    const response = await app.request(`/api${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  return {
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, json?: unknown) => send<T>('POST', path, json === undefined ? {} : { json }),
    put: <T>(path: string, json: unknown) => send<T>('PUT', path, { json }),
    del: <T>(path: string) => send<T>('DELETE', path),
    upload: <T>(path: string, name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
      return send<T>('POST', path, { form });
    },
    send,
  };
}

export const rid = (id: string): string => encodeURIComponent(id);
