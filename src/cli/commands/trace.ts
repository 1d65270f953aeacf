import type { Command } from 'commander';

/** `concord trace`: not built yet. */
export function registerTrace(program: Command): void {
  program.command('trace').description('(not yet available)').action(() => {
    console.error('concord trace: not yet available');
    process.exitCode = 2;
  });
}
