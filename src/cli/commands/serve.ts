import type { Command } from 'commander';

/** `concord serve`: not built yet. */
export function registerServe(program: Command): void {
  program.command('serve').description('(not yet available)').action(() => {
    console.error('concord serve: not yet available');
    process.exitCode = 2;
  });
}
