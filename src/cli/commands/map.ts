import type { Command } from 'commander';

/** `concord map`: not built yet. */
export function registerMap(program: Command): void {
  program.command('map').description('(not yet available)').action(() => {
    console.error('concord map: not yet available');
    process.exitCode = 2;
  });
}
