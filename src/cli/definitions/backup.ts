// `concord backup`: its options. Light: the store, its drivers and the backup code are loaded only when it runs.
import type { Command } from 'commander';
import { DEFAULT_STORE } from '../../store/default-store.ts';
import type { BackupFlags } from '../commands/backup.ts';

export function defineBackup(program: Command): void {
  program
    .command('backup')
    .description('Copy a store into one file while the workbench may keep running: SQLite through its backup API, PostgreSQL with pg_dump (custom format)')
    .requiredOption('-o, --out <file>', 'the backup file to write (written beside and renamed: never half-written)')
    .option('--db <file|url>', 'store: a SQLite file or a postgres:// URL', DEFAULT_STORE)
    .option('--force', 'replace --out when it is a Concord backup already (any other file is never replaced)')
    .action(async (flags: BackupFlags) => {
      const { runBackup } = await import('../commands/backup.ts');
      await runBackup(flags);
    });
}
