// `--profile NAME|FILE` on the commands that read reports: how this kind of report is read.
import type { Command } from 'commander';

export const PROFILE_HELP = 'report profile: a shipped name (rpm, upr-working-group) or a YAML file; by default picked from each document\'s first page';

export function addProfileOption(command: Command): Command {
  return command.option('--profile <name|file>', PROFILE_HELP);
}

/** Loads and checks the chosen profile (exit 4 when broken) before the command reads anything. */
export async function applyProfile(flags: { readonly profile?: string }): Promise<void> {
  if (flags.profile === undefined) return;
  const { chooseProfile } = await import('../../profiles/chosen-profile.ts');
  chooseProfile(flags.profile);
}
