// Folders and files given on the command line -> the report files to read, sorted,
// so the same inputs always give the same run.

import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export const REPORT_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

export interface Expanded {
  readonly files: readonly string[];
  readonly missing: readonly { readonly source: string; readonly reason: string }[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if ((REPORT_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** A folder gives its .txt/.docx/.pdf files (recursively, hidden ones skipped); a file is taken as given. */
export async function expandInputs(inputs: readonly string[]): Promise<Expanded> {
  const files: string[] = [];
  const missing: { source: string; reason: string }[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    try {
      const info = await stat(path);
      files.push(...(info.isDirectory() ? await walk(path) : [path]));
    } catch {
      missing.push({ source: input, reason: 'no such file or folder' });
    }
  }
  return { files: [...new Set(files)], missing };
}
