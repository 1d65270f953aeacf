// `concord user add|passwd|list|remove`: the users of team mode. Light: the store and
// the password hashing are loaded only when one of them runs.
import type { Command } from 'commander';
import { DEFAULT_STORE } from '../../store/default-store.ts';
import type { UserFlags } from '../commands/user.ts';

const DB_HELP = `store: a SQLite file or a postgres:// URL (default ${DEFAULT_STORE})`;
const STDIN_HELP = 'read the password from standard input (at least 12 characters) instead of generating one';

export function defineUser(program: Command): void {
  const user = program
    .command('user')
    .description('Manage the users of the workbench; once a store has a user, every request needs a sign-in (team mode)');

  user
    .command('add')
    .description('Add a user; prints the initial password on the last line')
    .argument('<name>', 'user name (letters, digits, spaces and . _ @ \' -; at most 64)')
    .requiredOption('--role <role>', 'viewer (reads and exports), reviewer (also decides) or admin (also uploads, re-maps and manages codebooks)')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--password-stdin', STDIN_HELP)
    .action(async (name: string, flags: UserFlags & { role: string }) => {
      const { runUserAdd } = await import('../commands/user.ts');
      await runUserAdd(name, flags);
    });

  user
    .command('passwd')
    .description("Set a new password (generated and printed on the last line); ends the user's sessions")
    .argument('<name>', 'user name')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--password-stdin', STDIN_HELP)
    .action(async (name: string, flags: UserFlags) => {
      const { runUserPasswd } = await import('../commands/user.ts');
      await runUserPasswd(name, flags);
    });

  user
    .command('list')
    .description('List the users with their roles')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .action(async (flags: UserFlags) => {
      const { runUserList } = await import('../commands/user.ts');
      await runUserList(flags);
    });

  user
    .command('remove')
    .description('Remove a user and end their sessions (their decisions keep their name)')
    .argument('<name>', 'user name')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .action(async (name: string, flags: UserFlags) => {
      const { runUserRemove } = await import('../commands/user.ts');
      await runUserRemove(name, flags);
    });
}
