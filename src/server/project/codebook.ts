// The codebook of a project: a shipped one by name, or YAML a user uploaded (kept in
// the store, loaded through a private temporary file so the mapping's loader validates it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CodebookError } from '../../model/errors.ts';
import { loadCodebook } from '../../mapping/index.ts';
import type { Codebook } from '../../mapping/types.ts';
import type { CodebookChoice } from '../../store/projects.ts';

export async function loadProjectCodebook(choice: CodebookChoice): Promise<Codebook> {
  if (choice.kind === 'shipped') return loadCodebook(choice.name);
  const yaml = choice.yaml ?? '';
  checkUploadedYaml(yaml);
  const dir = mkdtempSync(join(tmpdir(), 'concord-codebook-'));
  try {
    const file = join(dir, 'codebook.yaml');
    writeFileSync(file, yaml, { mode: 0o600 });
    return await loadCodebook(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An uploaded codebook may extend a shipped codebook, never a file on the server. */
export function checkUploadedYaml(yaml: string): void {
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 100 });
  } catch (error) {
    throw new CodebookError(`uploaded codebook: not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`, { cause: error });
  }
  if (typeof data !== 'object' || data === null) throw new CodebookError('uploaded codebook: expected a YAML mapping with id, title and sections');
  const base = (data as { extends?: unknown }).extends;
  if (base !== undefined && (typeof base !== 'string' || /[\\/.]/.test(base))) {
    throw new CodebookError('uploaded codebook: "extends" must name a shipped codebook (e.g. crime-congress-14), not a file');
  }
}
