// Every failure leaves the API as { error: { code, message, details? } } with the HTTP
// status that names its kind; internal errors are logged and not described to the client.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { isConcordError } from '../model/errors.ts';
import { ConflictError, NotFoundError } from '../store/errors.ts';
import { TooLargeError, UnsupportedTypeError } from './services/upload-check.ts';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function validationError(error: z.ZodError, what: string): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  const message = first === undefined ? `invalid ${what}` : `invalid ${what}: ${first.path === '' ? '' : `${first.path}: `}${first.message}`;
  return new ApiError(400, 'validation', message, issues);
}

function classify(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return validationError(error, 'request');
  if (error instanceof HTTPException) return new ApiError(error.status as ContentfulStatusCode, error.status === 413 ? 'too-large' : 'http', error.message || 'request refused');
  if (error instanceof NotFoundError) return new ApiError(404, 'not-found', error.message);
  if (error instanceof ConflictError) return new ApiError(409, 'conflict', error.message);
  if (error instanceof TooLargeError) return new ApiError(413, 'too-large', error.message);
  if (error instanceof UnsupportedTypeError) return new ApiError(415, 'unsupported-type', error.message);
  if (isConcordError(error)) {
    const status = error.code === 'input' ? 422 : error.code === 'codebook' || error.code === 'usage' ? 400 : 500;
    return new ApiError(status, error.code, status === 500 ? 'the server could not complete the request' : error.message);
  }
  return new ApiError(500, 'internal', 'the server could not complete the request');
}

export function errorResponse(error: unknown, c: Context): Response {
  const api = classify(error);
  if (api.status >= 500) console.error(`concord serve: ${c.req.method} ${c.req.path}:`, error);
  const body = { error: { code: api.code, message: api.message, ...(api.details === undefined ? {} : { details: api.details }) } };
  return c.json(body, api.status);
}
