// `concord restore`: its options. Light: the store, its drivers and the restore code are loaded only when it runs.
import type { Command } from 'commander';
import { DEFAULT_STORE } from '../../store/default-store.ts';
import type { RestoreFlags } from '../commands/restore.ts';

export function defineRestore(program: Command): void {
  program
    .command('restore')
    .description("Restore a store from a file written by concord backup, brought up to this Concord's schema: into a new SQLite file or an empty PostgreSQL database")
    .requiredOption('--from <file>', 'the backup to restore (a SQLite backup, or a pg_dump archive for a postgres:// --db)')
    .option('--db <file|url>', 'store to restore into: a SQLite file or a postgres:// URL', DEFAULT_STORE)
    .option('--force', 'replace the Concord store already at --db (stop any concord serve on it first); anything else is never replaced')
    .action(async (flags: RestoreFlags) => {
      const { runRestore } = await import('../commands/restore.ts');
      await runRestore(flags);
    });
}
