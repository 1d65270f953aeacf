// The profile the user chose for this run (--profile), for every document the run reads; checked
// (found, valid) when chosen, so that a mistyped profile stops the run before any report is read.
import { loadProfile } from './load-profile.ts';

let chosen: string | undefined;

export function chooseProfile(nameOrPath: string | undefined): void {
  if (nameOrPath !== undefined) loadProfile(nameOrPath);
  chosen = nameOrPath;
}

/** The profile chosen with --profile, if any (a name or a YAML path). */
export const chosenProfile = (): string | undefined => chosen;
