// The `concord` command line: one sub-command per job, each in cli/commands/.
// Only the module of the command being run is loaded, so `concord parse` does not
// pay for the web server or the Word writer.
import { Command } from 'commander';
import { EXIT_CODES, isConcordError } from '../model/errors.ts';
import { version } from '../version.ts';

type Register = (program: Command) => void;

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Command name -> how to load the module that registers it. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./commands/parse.ts')).registerParse,
  map: async () => (await import('./commands/map.ts')).registerMap,
  build: async () => (await import('./commands/build.ts')).registerBuild,
  trace: async () => (await import('./commands/trace.ts')).registerTrace,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
};
/** Commands registered by another command's module. */
const ALIASES: Record<string, string> = { import: 'serve', export: 'serve' };

const program = new Command();
program
  .name('concord')
  .description('Map regional recommendations onto a topic index and trace them into the outcome document')
  .version(version)
  .showHelpAfterError();

const asked = process.argv[2] ?? '';
const name = ALIASES[asked] ?? asked;
const loaders = COMMANDS[name] !== undefined ? [COMMANDS[name]] : Object.values(COMMANDS);
for (const load of loaders) (await load())(program);

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
