// Paths into ../shared (read-only material beside the repo), for bench, eval and tests (test/support re-exports it).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared');

/** sharedPath('corpus', 'crime-congress-14', 'rpm-europe.txt') -> absolute path. */
export function sharedPath(...parts: string[]): string {
  return resolve(root, ...parts);
}

export const corpusPath = (name: string): string => sharedPath('corpus', 'crime-congress-14', name);
