// `concord restore`: one line on what was restored where, and at which schema version. The action
// only (options: cli/definitions/restore.ts).
import { restoreStore, versionWords } from '../../store/backup.ts';

export interface RestoreFlags { db: string; from: string; force?: boolean }

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export async function runRestore(flags: RestoreFlags): Promise<void> {
  const report = await restoreStore(flags.db, flags.from, { force: flags.force === true });
  const migrated = report.version.behind.length === 0 ? '' : `; migrated forward to ${report.version.behind.at(-1) ?? ''}`;
  console.log(`Restored ${report.file} (a Concord store at ${versionWords(report.version)}${migrated}) into ${report.location}${report.replaced ? ', replacing the store there' : ''}: ${plural(report.projects, 'project')}, ${plural(report.decisions, 'decision')}.`);
  if (report.replaced) console.log('Restart any concord serve on this store: a running workbench keeps what it had read.');
}
