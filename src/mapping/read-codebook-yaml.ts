// Reads and validates a codebook's YAML: a shipped one by name or a file by path, merged over the
// codebook it `extends`. Problems name file, line and what was expected. (A run of a shipped codebook
// usually takes its precompiled form instead: see load-codebook.ts.)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { CodebookError } from '../model/errors.ts';
import { resolveCodebook, SHIPPED_DIR } from './codebook-files.ts';
import { codebookPatchSchema, codebookSchema } from './codebook-schema.ts';
import { checkCodebook } from './check-codebook.ts';
import { mergeOver, placeFull } from './merge-codebook.ts';
import { describeYamlIssue, readYaml } from './yaml-places.ts';
import type { YamlFile } from './yaml-places.ts';
import type { PlacedCodebook } from './check-codebook.ts';
import type { Codebook } from './types.ts';

function validate<T>(yaml: YamlFile, schema: z.ZodType<T>): T {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  throw new CodebookError(issue ? describeYamlIssue(yaml, issue) + more : `${yaml.file}: invalid codebook`, {
    where: yaml.file,
    cause: result.error,
  });
}

function loadPlaced(nameOrPath: string, seen: readonly string[]): PlacedCodebook {
  const path = resolveCodebook(nameOrPath);
  if (seen.includes(path)) throw new CodebookError(`${nameOrPath}: codebooks extend each other in a circle`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CodebookError(`${nameOrPath}: cannot read the codebook file`, { where: nameOrPath, cause: error });
  }
  const shown = path.startsWith(SHIPPED_DIR) ? `codebooks/${basename(path)}` : nameOrPath;
  const yaml = readYaml(shown, text);
  const data = yaml.data;
  if (data !== null && typeof data === 'object' && 'extends' in data) {
    const patch = validate(yaml, codebookPatchSchema);
    const base = loadPlaced(patch.extends, [...seen, path]);
    return mergeOver(base, yaml, patch);
  }
  return placeFull(yaml, validate(yaml, codebookSchema));
}

/** Reads a shipped codebook by name or a YAML file by path, merged and checked. */
export function readCodebookYaml(nameOrPath: string): Codebook {
  return checkCodebook(loadPlaced(nameOrPath, []));
}
