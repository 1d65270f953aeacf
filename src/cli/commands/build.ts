import type { Command } from 'commander';

/** `concord build`: not built yet. */
export function registerBuild(program: Command): void {
  program.command('build').description('(not yet available)').action(() => {
    console.error('concord build: not yet available');
    process.exitCode = 2;
  });
}
