// Writes rendered files atomically: everything goes to a temporary folder beside --out,
// which then replaces --out in one rename, so a failure never leaves half an output.

import { chmod, mkdir, mkdtemp, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../model/errors.ts';

/** A file to write: its bytes, or its text as pieces written as they are made (mapping.json at scale). */
export type OutputFile =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly chunks: Iterable<string> };

/** Pieces are gathered to about a megabyte before each write. */
const WRITE_SIZE = 1 << 20;

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= WRITE_SIZE) {
        await handle.write(pending.join(''));
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) await handle.write(pending.join(''));
  } finally {
    await handle.close();
  }
}

async function existing(path: string): Promise<'absent' | 'empty-dir' | 'dir' | 'file'> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return 'file';
    return (await readdir(path)).length === 0 ? 'empty-dir' : 'dir';
  } catch {
    return 'absent';
  }
}

/** Throws OutputError when `out` may not be written; call before any long work. */
export async function checkOutput(out: string, force: boolean): Promise<void> {
  const state = await existing(resolve(out));
  if (state === 'file') throw new OutputError(`${out} is a file, not a folder; give --out a folder`, { where: out });
  if (state === 'dir' && !force) throw new OutputError(`${out} already exists and is not empty; use --force to replace it`, { where: out });
}

/** Writes `files` into `out` (created or, with force, replaced). Returns the absolute paths written. */
export async function writeOutput(out: string, files: readonly OutputFile[], force: boolean): Promise<string[]> {
  const target = resolve(out);
  await checkOutput(target, force);
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (cause) {
    throw new OutputError(`cannot create ${parent}`, { where: parent, cause });
  }
  const staging = await mkdtemp(join(parent, `.${basename(target)}.concord-`));
  try {
    for (const file of files) {
      if ('chunks' in file) await writeChunks(join(staging, file.name), file.chunks);
      else await writeFile(join(staging, file.name), file.bytes);
    }
    // mkdtemp makes a private folder; the output is as readable as any folder the user makes.
    await chmod(staging, 0o777 & ~process.umask());
    const state = await existing(target);
    if (state === 'absent') {
      await rename(staging, target);
    } else {
      const old = `${staging}-old`;
      await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    }
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    if (cause instanceof OutputError) throw cause;
    throw new OutputError(`cannot write ${out}: ${(cause as Error).message}`, { where: out, cause });
  }
  return files.map((f) => join(target, f.name));
}
