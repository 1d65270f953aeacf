import type { Command } from 'commander';

/** `concord parse`: not built yet. */
export function registerParse(program: Command): void {
  program.command('parse').description('(not yet available)').action(() => {
    console.error('concord parse: not yet available');
    process.exitCode = 2;
  });
}
