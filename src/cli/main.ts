// The `concord` command line: one sub-command per job. Each command's arguments and options are
// declared in a light module (cli/definitions/), so --version and --help load no model, reader,
// renderer or server; its action (cli/commands/) is imported only when it runs.
import { Command, CommanderError } from 'commander';
import { EXIT_CODES, isConcordError } from '../model/errors.ts';
import { version } from '../version.ts';
import { defineParse } from './definitions/parse.ts';
import { defineMap } from './definitions/map.ts';
import { defineBuild } from './definitions/build.ts';
import { defineTrace } from './definitions/trace.ts';
import { defineServe } from './definitions/serve.ts';
import { defineUser } from './definitions/user.ts';
import { defineBackup } from './definitions/backup.ts';
import { defineRestore } from './definitions/restore.ts';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command();
program
  .name('concord')
  .description('Map regional recommendations onto a topic index and trace them into the outcome document')
  .version(version)
  .showHelpAfterError()
  // Set before the commands are defined, so that they inherit it: a usage mistake (unknown command or
  // option, missing argument) throws here instead of exiting 1, and exits 2 as the README says.
  .exitOverride();
for (const define of [defineParse, defineMap, defineBuild, defineTrace, defineServe, defineUser, defineBackup, defineRestore]) define(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already written its message (or the help, or the version) to the terminal.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_CODES.usage;
  } else if (isConcordError(error)) {
    console.error(`concord: ${error.message}`);
    process.exitCode = EXIT_CODES[error.code];
  } else {
    throw error;
  }
}
