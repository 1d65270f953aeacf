// The codebook of a project: a shipped one by name, or YAML a user uploaded (kept in
// the store, loaded through a private temporary file so the mapping's loader validates it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CodebookError } from '../../model/errors.ts';
import { loadCodebook } from '../../mapping/index.ts';
import { shippedCodebooks } from '../../mapping/load-codebook.ts';
import type { Codebook } from '../../mapping/types.ts';
import type { CodebookChoice } from '../../store/projects.ts';

/**
 * A shipped codebook is named, never pointed at: the name must be one of the shipped list
 * (read from the shipped folder only), checked before the mapping's loader sees it, so a
 * path ("/etc/passwd", "../x", a FIFO) is refused without any file of that name being
 * looked at, and existing and absent files answer alike.
 */
export function checkShippedName(name: string): void {
  const shipped = shippedCodebooks();
  if (shipped.includes(name)) return;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  const pathLike = /[\\/\0]|\.\.|^~|\.ya?ml$/i.test(name);
  throw new CodebookError(
    `codebook ${shown}: ${pathLike ? 'a codebook is chosen by name, not by path; ' : ''}expected one of the shipped codebooks (${shipped.join(', ')}) or an uploaded codebook's YAML ({"yaml": "…"})`,
  );
}

export async function loadProjectCodebook(choice: CodebookChoice): Promise<Codebook> {
  if (choice.kind === 'shipped') {
    checkShippedName(choice.name);
    return loadCodebook(choice.name);
  }
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
  if (base !== undefined && (typeof base !== 'string' || !shippedCodebooks().includes(base))) {
    throw new CodebookError(`uploaded codebook: "extends" must name a shipped codebook (${shippedCodebooks().join(', ')}), not a file`);
  }
}
