// A shipped report profile in checked form, written when Concord is built (scripts/build.mjs), so that
// a run neither parses the profile's YAML nor builds its schema again (yaml and zod stay unloaded). It is
// used only while the YAML it was made from is unchanged (its key says so); otherwise the YAML is read.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileData } from './profile-schema.ts';

/** dist/report-profiles/ in the built CLI; run from the sources (tests) it is src/report-profiles/, which does not exist. */
export const PRECOMPILED_PROFILES_DIR = fileURLToPath(new URL('../report-profiles/', import.meta.url));

const FORMAT = 1;

interface PrecompiledProfile {
  readonly format: typeof FORMAT;
  /** precompiledProfileKey of the YAML text it was made from. */
  readonly key: string;
  readonly data: ProfileData;
}

function precompiledProfileKey(yamlText: string): string {
  return createHash('sha256').update(`concord precompiled profile ${FORMAT}\n`).update(yamlText).digest('hex');
}

const fileOf = (name: string, dir: string): string => join(dir, `${name}.json`);

/** The checked data of the shipped profile `name` when it was precompiled from `yamlText`; undefined when there is none or it is out of date. */
export function readPrecompiledProfile(name: string, yamlText: string, dir: string = PRECOMPILED_PROFILES_DIR): ProfileData | undefined {
  let pack: Partial<PrecompiledProfile>;
  try {
    pack = JSON.parse(readFileSync(fileOf(name, dir), 'utf8')) as Partial<PrecompiledProfile>;
  } catch {
    return undefined;
  }
  return pack.format === FORMAT && pack.key === precompiledProfileKey(yamlText) && pack.data !== undefined ? pack.data : undefined;
}

/** Writes the checked data of each shipped profile (name, its YAML text, the data read from it) into `dir`; returns the files written. */
export function writePrecompiledProfiles(profiles: readonly { name: string; text: string; data: ProfileData }[], dir: string = PRECOMPILED_PROFILES_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return profiles.map(({ name, text, data }) => {
    const file = fileOf(name, dir);
    const pack: PrecompiledProfile = { format: FORMAT, key: precompiledProfileKey(text), data };
    writeFileSync(file, JSON.stringify(pack));
    return file;
  });
}
