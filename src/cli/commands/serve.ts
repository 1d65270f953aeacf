// `concord serve`, `concord import` and `concord export`: the workbench and its store.
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.ts';
import { DEFAULT_STORE, openStore } from '../../store/open.ts';
import { EXPORT_FORMATS, ExportFormatSchema } from '../../server/api-types.ts';
import type { ExportFormat } from '../../server/api-types.ts';
import { startServer } from '../../server/start.ts';
import { BUILD_HINT, DEFAULT_WEB_ROOT } from '../../server/static.ts';
import { importFolder } from '../../server/services/import-folder.ts';
import { exportProject } from '../../server/services/export-project.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DB_HELP = `store: a SQLite file (created if absent) or a postgres:// URL (default ${DEFAULT_STORE})`;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 0 || port > 65535) throw new UsageError(`--port ${value}: expected a port number 0-65535, e.g. --port 8080`);
  return port;
}

function parseExportFormats(list: string): ExportFormat[] {
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const wrong = names.filter((n) => !ExportFormatSchema.safeParse(n).success);
  if (names.length === 0 || wrong.length > 0) throw new UsageError(`unknown format ${wrong.join(', ') || '(none)'} in --formats; expected a comma-separated list of ${EXPORT_FORMATS.join(', ')}`);
  return names as ExportFormat[];
}

async function withStore<T>(db: string, work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the review workbench (web app and JSON API) on this machine')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind (loopback by default; the API has no login)', '127.0.0.1')
    .action(async (flags: { db: string; port: string; host: string }) => {
      const server = await startServer({ db: flags.db, port: parsePort(flags.port), host: flags.host });
      console.log(`Concord workbench: ${server.url}/  (store: ${server.store.location})`);
      if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) console.log(BUILD_HINT.trimEnd());
      const stop = (): void => void server.close().finally(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('import')
    .description('Create or update a workbench project from a folder of reports, and map (and trace) them')
    .argument('<folder>', 'folder of .txt, .docx and .pdf reports')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--project <name>', 'project name (default: the folder name)')
    .option('--codebook <name|file>', 'codebook: a shipped name or a YAML file (default crime-congress-14)')
    .option('--outcome <file>', 'outcome document to trace into (e.g. the congress report)')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it')
    .action(async (folder: string, flags: { db: string; project?: string; codebook?: string; outcome?: string; outcomeSymbol?: string }) => {
      const result = await withStore(flags.db, (store) =>
        importFolder(store, folder, {
          ...(flags.project === undefined ? {} : { project: flags.project }),
          ...(flags.codebook === undefined ? {} : { codebook: flags.codebook }),
          ...(flags.outcome === undefined ? {} : { outcome: flags.outcome }),
          ...(flags.outcomeSymbol === undefined ? {} : { outcomeSymbol: flags.outcomeSymbol }),
          onFile: (line) => console.error(line),
        }),
      );
      const r = result.remap;
      console.log(`${result.created ? 'Created' : 'Updated'} project "${result.project}" (id ${result.projectId}): ${result.documents} document(s), ${r.mapped} recommendations mapped${r.traced ? ' and traced' : ''}`);
      if (r.disagreements.length > 0) console.log(`  the machine now disagrees with ${r.disagreements.length} reviewer decision(s); decisions were kept`);
      if (result.skipped.length > 0) process.exitCode = 3;
    });

  program
    .command('export')
    .description("Write a project's annexes (reviewed state) and review log to a folder")
    .requiredOption('--project <name>', 'project name')
    .requiredOption('-o, --out <dir>', 'folder to write to')
    .option('--db <file|url>', DB_HELP, DEFAULT_STORE)
    .option('--formats <list>', `comma-separated: ${EXPORT_FORMATS.join(',')}`, EXPORT_FORMATS.join(','))
    .option('--force', 'replace --out when it exists and is not empty')
    .action(async (flags: { db: string; project: string; out: string; formats: string; force?: boolean }) => {
      const formats = parseExportFormats(flags.formats);
      const written = await withStore(flags.db, (store) => exportProject(store, flags.project, flags.out, formats, flags.force === true));
      console.log(`Exported project "${flags.project}" to ${flags.out}: ${written.length} file(s)`);
    });
}
