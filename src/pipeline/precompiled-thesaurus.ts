// The shipped thesaurus's concepts (codebooks/thesaurus/concepts.yaml) as the tracing uses them, written
// when Concord is built beside the precompiled codebooks: a run then neither parses the YAML nor reads
// its phrases. Taken only while the YAML and the wink model are those it was made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompiledKey, PRECOMPILED_DIR } from '../mapping/precompiled-codebook.ts';
import type { Concept } from '../tracing/analyse.ts';
import { THESAURUS_PATH } from '../tracing/thesaurus.ts';

export interface PrecompiledThesaurus {
  readonly format: 1;
  /** precompiledKey of the thesaurus's YAML text. */
  readonly key: string;
  readonly concepts: readonly Concept[];
}

export const thesaurusFile = (dir: string = PRECOMPILED_DIR): string => join(dir, 'thesaurus.json');

/** The concepts precompiled in `file` from `yamlText` by this wink model; undefined when none or out of date. */
export function readPrecompiledThesaurus(file: string, yamlText: string): readonly Concept[] | undefined {
  try {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as Partial<PrecompiledThesaurus>;
    return pack.format === 1 && pack.key === precompiledKey(yamlText) && Array.isArray(pack.concepts) ? pack.concepts : undefined;
  } catch {
    return undefined;
  }
}

let shipped: { readonly concepts: readonly Concept[] | undefined } | undefined;

/** The shipped thesaurus's precompiled concepts (read once), or undefined: the tracing then reads the YAML itself. */
export function precompiledThesaurus(): readonly Concept[] | undefined {
  if (shipped === undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(THESAURUS_PATH, 'utf8');
    } catch {
      text = undefined;
    }
    shipped = { concepts: text === undefined ? undefined : readPrecompiledThesaurus(thesaurusFile(), text) };
  }
  return shipped.concepts;
}
