// The `concord` command line: one sub-command per job, each in cli/commands/.
import { Command } from 'commander';
import { EXIT_CODES, isConcordError } from '../model/errors.ts';
import { registerParse } from './commands/parse.ts';
import { registerMap } from './commands/map.ts';
import { registerBuild } from './commands/build.ts';
import { registerTrace } from './commands/trace.ts';
import { registerServe } from './commands/serve.ts';
import { version } from './version.ts';

const program = new Command();
program
  .name('concord')
  .description('Map regional recommendations onto a topic index and trace them into the outcome document')
  .version(version)
  .showHelpAfterError();

registerParse(program);
registerMap(program);
registerBuild(program);
registerTrace(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (isConcordError(error)) {
    console.error(`concord: ${error.message}`);
    process.exitCode = EXIT_CODES[error.code];
  } else {
    throw error;
  }
}
