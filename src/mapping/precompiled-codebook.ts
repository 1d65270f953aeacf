// A shipped codebook in the form a run uses, written when Concord is built (scripts/build.mjs): the
// checked codebook and wink's readings of the texts a run reads of it, so that a run neither parses
// and validates the YAML nor loads the model to read those texts again. It is used only while the
// YAML it was made from is unchanged and the wink model is the one that read it (its key says both).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedReadings, type Readings } from '../text/readings.ts';
import type { Codebook } from './types.ts';

/** dist/codebooks/ in the built CLI; run from the sources (tests) it is src/codebooks/, which does not exist. */
export const PRECOMPILED_DIR = fileURLToPath(new URL('../codebooks/', import.meta.url));

const FORMAT = 1;

export interface PrecompiledCodebook {
  readonly format: typeof FORMAT;
  /** precompiledKey of the YAML text it was made from. */
  readonly key: string;
  readonly codebook: Codebook;
  readonly readings: Readings;
}

/** Where the precompiled form of the shipped codebook `name` is kept. */
export function precompiledFile(name: string, dir: string = PRECOMPILED_DIR): string {
  return join(dir, `${name}.json`);
}

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** What a precompiled form depends on: its format, the wink model's versions and the codebook's YAML text. */
export function precompiledKey(yamlText: string): string {
  const hash = createHash('sha256');
  hash.update(`concord precompiled codebook ${FORMAT}\n`);
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model']) hash.update(`${pkg} ${versionOf(pkg)}\n`);
  hash.update(yamlText);
  return hash.digest('hex');
}

/**
 * The codebook precompiled in `file` when it was made from `yamlText` by this wink model (its readings
 * are then known to the text analysis); undefined when there is none or it is out of date.
 */
export function readPrecompiled(file: string, yamlText: string): Codebook | undefined {
  let pack: Partial<PrecompiledCodebook>;
  try {
    pack = JSON.parse(readFileSync(file, 'utf8')) as Partial<PrecompiledCodebook>;
  } catch {
    return undefined;
  }
  if (pack.format !== FORMAT || pack.key !== precompiledKey(yamlText) || pack.codebook === undefined || pack.readings === undefined) return undefined;
  seedReadings(pack.readings);
  return pack.codebook;
}
