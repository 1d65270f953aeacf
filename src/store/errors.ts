// What the store reports when a request names something missing or clashing; the
// server maps these to 404 and 409.
import { ConcordError } from '../model/errors.ts';

export class NotFoundError extends ConcordError {
  constructor(what: string) {
    super('store', `${what} not found`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends ConcordError {
  constructor(message: string) {
    super('store', message);
    this.name = 'ConflictError';
  }
}
