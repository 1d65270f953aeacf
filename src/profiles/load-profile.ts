// Finds, reads and validates report profiles: the shipped ones in profiles/ by name, or a
// YAML file by path. Problems name file, line and what was expected (as the codebook's do).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ConcordError } from '../model/errors.ts';
import { describeYamlIssue, readYaml, type YamlFile } from '../mapping/yaml-places.ts';
import { profileSchema, type ProfileData } from './profile-schema.ts';
import { readPrecompiledProfile, writePrecompiledProfiles } from './precompiled-profile.ts';
import { compileProfile, type ReportProfile } from './report-profile.ts';

/** The profile a document that no profile recognises is read with (the Crime Congress reports Concord began with). */
export const DEFAULT_PROFILE = 'rpm';
const SHIPPED_DIR = fileURLToPath(new URL('../../profiles/', import.meta.url));

/** A profile that cannot be found or does not validate (exit code as for a broken codebook). */
export class ProfileError extends ConcordError {
  constructor(message: string, options: { where?: string; cause?: unknown } = {}) {
    super('codebook', message, options);
    this.name = 'ProfileError';
  }
}

export function shippedProfiles(): string[] {
  if (!existsSync(SHIPPED_DIR)) return [];
  return readdirSync(SHIPPED_DIR).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length)).sort();
}

function resolveProfile(nameOrPath: string): { path: string; shown: string; shipped?: string } {
  const looksLikePath = /[\\/]/.test(nameOrPath) || /\.ya?ml$/i.test(nameOrPath);
  if (looksLikePath) {
    if (!existsSync(nameOrPath)) throw new ProfileError(`${nameOrPath}: profile file not found`, { where: nameOrPath });
    return { path: resolve(nameOrPath), shown: nameOrPath };
  }
  const shipped = shippedProfiles();
  if (!shipped.includes(nameOrPath)) {
    throw new ProfileError(`unknown report profile "${nameOrPath}": give a YAML file path or one of the shipped profiles: ${shipped.join(', ')}`);
  }
  return { path: resolve(SHIPPED_DIR, `${nameOrPath}.yaml`), shown: `profiles/${nameOrPath}.yaml`, shipped: nameOrPath };
}

const cache = new Map<string, ReportProfile>();

/** Loads a shipped profile by name ("rpm", "upr-working-group") or a profile YAML file by path; read once per process. */
export function loadProfile(nameOrPath: string): ReportProfile {
  const { path, shown, shipped } = resolveProfile(nameOrPath);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ProfileError(`${shown}: cannot read the profile file`, { where: shown, cause: error });
  }
  // A shipped profile as checked when Concord was built, while its YAML is unchanged.
  const precompiled = shipped === undefined ? undefined : readPrecompiledProfile(shipped, text);
  const profile = compileProfile(precompiled ?? checkedProfile(shown, text), shown);
  cache.set(path, profile);
  return profile;
}

/** The profile's YAML, read and checked against the schema. */
export function checkedProfile(shown: string, text: string): ProfileData {
  const yaml = readYaml(shown, text);
  const result = profileSchema().safeParse(yaml.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    throw new ProfileError(issue === undefined ? `${shown}: invalid report profile` : describeYamlIssue(yaml, issue) + more, { where: shown, cause: result.error });
  }
  return result.data;
}

/** Every shipped profile, the default first. */
export function loadShippedProfiles(): ReportProfile[] {
  const names = shippedProfiles();
  return [DEFAULT_PROFILE, ...names.filter((name) => name !== DEFAULT_PROFILE)].filter((name) => names.includes(name)).map(loadProfile);
}

/** Run when Concord is built: each shipped profile checked once and written in that form (see precompiled-profile.ts). */
export function precompileShippedProfiles(dir?: string): string[] {
  const profiles = shippedProfiles().map((name) => {
    const text = readFileSync(resolve(SHIPPED_DIR, `${name}.yaml`), 'utf8');
    return { name, text, data: checkedProfile(`profiles/${name}.yaml`, text) };
  });
  return dir === undefined ? writePrecompiledProfiles(profiles) : writePrecompiledProfiles(profiles, dir);
}
