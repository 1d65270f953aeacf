// `concord serve`, `concord import` and `concord export`: the workbench and its store.
// The actions only: loaded when one of them runs, not for --help (options: cli/definitions/serve.ts).
import { UsageError } from '../../model/errors.ts';
import { openStore } from '../../store/open.ts';
import { EXPORT_FORMATS, ExportFormatSchema } from '../../server/api-types.ts';
import type { ExportFormat } from '../../server/api-types.ts';
import { startServer } from '../../server/start.ts';
import { BUILD_HINT, DEFAULT_WEB_ROOT } from '../../server/static.ts';
import { importFolder } from '../../server/services/import-folder.ts';
import { exportProject } from '../../server/services/export-project.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ServeFlags { db: string; port: string; host: string; publicUrl?: string }
export interface ImportFlags { db: string; project?: string; codebook?: string; outcome?: string; outcomeSymbol?: string }
export interface ExportFlags { db: string; project: string; out: string; formats?: string; force?: boolean }

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

export async function runServe(flags: ServeFlags): Promise<void> {
  const server = await startServer({ db: flags.db, port: parsePort(flags.port), host: flags.host, ...(flags.publicUrl === undefined ? {} : { publicUrl: flags.publicUrl }) });
  console.log(`Concord workbench: ${server.url}/  (store: ${server.store.location})`);
  for (const line of server.notices) console.log(line);
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) console.log(BUILD_HINT.trimEnd());
  const stop = (): void => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function runImport(folder: string, flags: ImportFlags): Promise<void> {
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
  const notReports = result.notReports.length === 0 ? '' : ` (and ${result.notReports.length} read but not a report: ${result.notReports.map((n) => n.source).join(', ')})`;
  console.log(`${result.created ? 'Created' : 'Updated'} project "${result.project}" (id ${result.projectId}): ${result.documents} document(s)${notReports}, ${r.mapped} recommendations mapped${r.traced ? ' and traced' : ''}`);
  if (r.disagreements.length > 0) console.log(`  the machine now disagrees with ${r.disagreements.length} reviewer decision(s); decisions were kept`);
  if (result.skipped.length > 0) process.exitCode = 3;
}

export async function runExport(flags: ExportFlags): Promise<void> {
  const formats = parseExportFormats(flags.formats ?? EXPORT_FORMATS.join(','));
  const written = await withStore(flags.db, (store) => exportProject(store, flags.project, flags.out, formats, flags.force === true));
  console.log(`Exported project "${flags.project}" to ${flags.out}: ${written.length} file(s)`);
}
