// Loads a codebook: a shipped one by name (its precompiled form when Concord was built, else its YAML)
// or a YAML file by path, merged over the codebook it `extends`. The YAML reader, with its parser and
// schema, is loaded only when a YAML file is read.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CodebookError } from '../model/errors.ts';
import { DEFAULT_CODEBOOK, resolveCodebook, SHIPPED_DIR } from './codebook-files.ts';
import { precompiledFile, readPrecompiled } from './precompiled-codebook.ts';
import type { Codebook } from './types.ts';

export { DEFAULT_CODEBOOK, shippedCodebooks } from './codebook-files.ts';

/** The precompiled codebooks read in this process, by file, with the YAML text they were taken for. */
const taken = new Map<string, { readonly text: string; readonly codebook: Codebook }>();

/** Loads a shipped codebook by name ("crime-congress-14", the default) or a YAML file by path. */
export async function loadCodebook(nameOrPath: string = DEFAULT_CODEBOOK): Promise<Codebook> {
  const path = resolveCodebook(nameOrPath);
  if (path.startsWith(SHIPPED_DIR)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CodebookError(`${nameOrPath}: cannot read the codebook file`, { where: nameOrPath, cause: error });
    }
    const known = taken.get(path);
    if (known?.text === text) return known.codebook;
    const precompiled = readPrecompiled(precompiledFile(basename(path, '.yaml')), text);
    if (precompiled !== undefined) {
      taken.set(path, { text, codebook: precompiled });
      return precompiled;
    }
  }
  const { readCodebookYaml } = await import('./read-codebook-yaml.ts');
  return readCodebookYaml(nameOrPath);
}
