// The few errors Concord raises for input it cannot use at all. Each names what
// failed, where, and what was expected; the CLI maps each to an exit code and one line.

export type ErrorCode = 'usage' | 'input' | 'codebook' | 'output' | 'store';

export class ConcordError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  constructor(code: ErrorCode, message: string, options: { where?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConcordError';
    this.code = code;
    this.where = options.where;
  }
}

/** A file that cannot be read at all (empty, binary, corrupt, too large, hostile). */
export class InputError extends ConcordError {
  constructor(file: string, message: string, options: { cause?: unknown } = {}) {
    super('input', `${file}: ${message}`, { where: file, ...options });
    this.name = 'InputError';
  }
}

/** A codebook file that does not validate; message names file, line and problem. */
export class CodebookError extends ConcordError {
  constructor(message: string, options: { where?: string; cause?: unknown } = {}) {
    super('codebook', message, options);
    this.name = 'CodebookError';
  }
}

export class UsageError extends ConcordError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

export class OutputError extends ConcordError {
  constructor(message: string, options: { where?: string; cause?: unknown } = {}) {
    super('output', message, options);
    this.name = 'OutputError';
  }
}

export const EXIT_CODES: Record<ErrorCode, number> = {
  usage: 2,
  input: 3,
  codebook: 4,
  output: 5,
  store: 6,
};

export function isConcordError(error: unknown): error is ConcordError {
  return error instanceof ConcordError;
}
