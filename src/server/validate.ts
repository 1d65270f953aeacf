// Reading request inputs through zod: path ids, query strings and JSON bodies.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, validationError } from './errors.ts';

export function idParam(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new ApiError(400, 'validation', `invalid ${name}: expected a positive whole number, got "${raw.slice(0, 40)}"`);
  return Number(raw);
}

export function query<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw validationError(result.error, 'query');
  return result.data;
}

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'unsupported-type', 'send the body as JSON (Content-Type: application/json)');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'validation', 'the body is not valid JSON');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(result.error, 'body');
  return result.data;
}

/** The one file of a multipart upload (field "file"). */
export async function uploadedFile(c: Context): Promise<{ name: string; bytes: Uint8Array; symbol: string | undefined }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) throw new ApiError(415, 'unsupported-type', 'upload the file as multipart/form-data with one field named "file"');
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'BodyLimitError') throw error;
    throw new ApiError(400, 'validation', 'the upload could not be read as multipart/form-data');
  }
  const file = form['file'];
  if (!(file instanceof File)) throw new ApiError(400, 'validation', 'no file: send one file in a field named "file"');
  const symbol = form['symbol'];
  if (symbol !== undefined && (typeof symbol !== 'string' || !/^[A-Za-z0-9./\-() ]{1,60}$/.test(symbol.trim()))) {
    throw new ApiError(400, 'validation', 'invalid symbol: expected a document symbol such as A/CONF.234/16');
  }
  const given = typeof symbol === 'string' && symbol.trim() !== '' ? symbol.trim() : undefined;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), symbol: given };
}
