// `concord serve`, `concord import` and `concord export`: their arguments and options. Light: the
// server, the store and the pipeline are loaded only when one of them runs.
import type { Command } from 'commander';
import { DEFAULT_STORE } from '../../store/default-store.ts';
import { FORMATS } from '../../renderers/render-formats.ts';
import type { ExportFlags, ImportFlags, ServeFlags } from '../commands/serve.ts';
import { addProfileOption, applyProfile } from './profile-option.ts';

const DB_HELP = `store: a SQLite file (created if absent) or a postgres:// URL (default ${DEFAULT_STORE})`;

export function defineServe(program: Command): void {
  program
    .command('serve')
    .description('Start the review workbench (web app and JSON API) on this machine')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind: loopback (127.0.0.1, localhost or ::1) unless the store has users (team mode, see concord user); a wider address without users is refused', '127.0.0.1')
    .option('--public-url <url>', 'the address users open when a reverse proxy (TLS) is in front, e.g. https://concord.example.org: its Host and Origin are accepted')
    .action(async (flags: ServeFlags) => {
      const { runServe } = await import('../commands/serve.ts');
      await runServe(flags);
    });

  const importCommand = program
    .command('import')
    .description('Create or update a workbench project from a folder of reports, and map (and trace) them')
    .argument('<folder>', 'folder of .txt, .docx and .pdf reports')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--project <name>', 'project name (default: the folder name)')
    .option('--codebook <name|file>', 'codebook: a shipped name or a YAML file (default crime-congress-14)')
    .option('--outcome <file>', 'outcome document to trace into (e.g. the congress report)')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it');
  addProfileOption(importCommand)
    .action(async (folder: string, flags: ImportFlags & { profile?: string }) => {
      await applyProfile(flags);
      const { runImport } = await import('../commands/serve.ts');
      await runImport(folder, flags);
    });

  program
    .command('export')
    .description("Write a project's annexes (reviewed state) and review log to a folder")
    .requiredOption('--project <name>', 'project name')
    .requiredOption('-o, --out <dir>', 'folder to write to')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    // The list is checked when the command runs (against the server's export formats); all by default.
    .option('--formats <list>', `comma-separated: ${[...FORMATS, 'review-log'].join(',')} (default: all)`)
    .option('--force', 'replace --out when it exists and is not empty')
    .action(async (flags: ExportFlags) => {
      const { runExport } = await import('../commands/serve.ts');
      await runExport(flags);
    });
}
