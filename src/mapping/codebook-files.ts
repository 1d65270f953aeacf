// Where codebooks are found: a shipped one by name (codebooks/<name>.yaml), or a YAML file by path.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodebookError } from '../model/errors.ts';

export const DEFAULT_CODEBOOK = 'crime-congress-14';
export const SHIPPED_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));

/** Names of the codebooks shipped in codebooks/. */
export function shippedCodebooks(): string[] {
  if (!existsSync(SHIPPED_DIR)) return [];
  return readdirSync(SHIPPED_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** The codebook's file: a path as given (it must exist), or the shipped codebook of that name. */
export function resolveCodebook(nameOrPath: string): string {
  const looksLikePath = /[\\/]/.test(nameOrPath) || /\.ya?ml$/i.test(nameOrPath);
  if (looksLikePath || existsSync(nameOrPath)) {
    if (!existsSync(nameOrPath)) throw new CodebookError(`${nameOrPath}: codebook file not found`, { where: nameOrPath });
    return resolve(nameOrPath);
  }
  const shipped = shippedCodebooks();
  if (!shipped.includes(nameOrPath)) {
    throw new CodebookError(
      `unknown codebook "${nameOrPath}": give a YAML file path or one of the shipped codebooks: ${shipped.join(', ')}`,
    );
  }
  return resolve(SHIPPED_DIR, `${nameOrPath}.yaml`);
}
