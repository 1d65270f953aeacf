// `concord backup`: one line on what was copied where. The action only (options: cli/definitions/backup.ts).
import { backupStore, versionWords } from '../../store/backup.ts';

export interface BackupFlags { db: string; out: string; force?: boolean }

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Bytes as people read them: "812 kB", "4.2 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export async function runBackup(flags: BackupFlags): Promise<void> {
  const report = await backupStore(flags.db, flags.out, { force: flags.force === true });
  const how = report.kind === 'sqlite' ? 'SQLite backup' : 'pg_dump archive, custom format';
  console.log(`Backed up ${report.location} (${versionWords(report.version)}; ${plural(report.projects, 'project')}, ${plural(report.decisions, 'decision')}) to ${report.file} (${how}, ${sizeWords(report.bytes)}).`);
}
