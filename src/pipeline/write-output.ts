// Writes rendered files into --out without ever removing a file Concord did not write.
// Each build leaves a manifest (.concord-manifest.json: the files it wrote and the Concord version);
// a later build replaces only those. Every new file is first written to a temporary name in the
// same folder and renamed into place once all are written, so a failure leaves the old outputs
// intact (or, past that point, complete new ones) and never half a file; the manifest goes last.

import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { OutputError } from '../model/errors.ts';
import { version } from '../version.ts';

/** A file to write: its bytes, or its text as pieces written as they are made (mapping.json at scale). */
export type OutputFile =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly chunks: Iterable<string> };

/** The file in --out that lists what the build wrote there. */
export const MANIFEST_NAME = '.concord-manifest.json';

export interface OutputManifest {
  readonly concord: string;
  readonly files: readonly string[];
}

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

/** The manifest an earlier build left in `dir`, or undefined (none, or not one Concord wrote). */
async function readManifest(dir: string): Promise<OutputManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<OutputManifest>;
    if (typeof value.concord !== 'string' || !Array.isArray(value.files)) return undefined;
    // Only plain names in this folder: a manifest never makes Concord remove a file elsewhere.
    const files = value.files.filter((f): f is string => typeof f === 'string' && f !== '' && !/[\\/]/.test(f) && f !== '.' && f !== '..');
    return { concord: value.concord, files };
  } catch {
    return undefined;
  }
}

type OutState =
  | { readonly kind: 'absent' | 'file' | 'empty' }
  | { readonly kind: 'folder'; readonly manifest: OutputManifest | undefined; readonly foreign: readonly string[] };

async function outState(path: string): Promise<OutState> {
  let entries: string[];
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return { kind: 'file' };
    entries = await readdir(path);
  } catch {
    return { kind: 'absent' };
  }
  if (entries.length === 0) return { kind: 'empty' };
  const manifest = await readManifest(path);
  const ours = new Set([MANIFEST_NAME, ...(manifest?.files ?? [])]);
  return { kind: 'folder', manifest, foreign: entries.filter((e) => !ours.has(e)).sort() };
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** Throws OutputError when `out` may not be written; call before any long work. */
export async function checkOutput(out: string, force: boolean): Promise<void> {
  const state = await outState(resolve(out));
  if (state.kind === 'file') throw new OutputError(`${out} is a file, not a folder; give --out a folder`, { where: out });
  if (state.kind !== 'folder' || force) return;
  if (state.foreign.length > 0) {
    throw new OutputError(`${out} already exists and is not empty: it holds files Concord did not write (${listed(state.foreign)}); use --force to write the outputs beside them (they are kept)`, { where: out });
  }
  throw new OutputError(`${out} already exists and is not empty: it holds an earlier Concord output; use --force to replace it`, { where: out });
}

/** Files still being made (rendered in a worker, say): written as soon as they come. */
export type PendingFiles = PromiseLike<readonly OutputFile[]>;

const isPending = (entry: OutputFile | PendingFiles): entry is PendingFiles => typeof (entry as Partial<PendingFiles>).then === 'function';

/** A file that could not be made: its own error is reported, not one of writing. */
class NotMade {
  constructor(readonly cause: unknown) {}
}

/**
 * Writes `files` into `out` (created, or with force updated: the files of the previous build are
 * replaced or removed, every other file stays). Files still being made are written as each comes; if one
 * cannot be made, nothing is put in place and its error is thrown. Returns the absolute paths written.
 */
export async function writeOutput(out: string, files: readonly (OutputFile | PendingFiles)[], force: boolean): Promise<string[]> {
  const target = resolve(out);
  await checkOutput(target, force);
  const before = await outState(target);
  const created = before.kind === 'absent';
  try {
    await mkdir(target, { recursive: true });
  } catch (cause) {
    throw new OutputError(`cannot create ${out}`, { where: out, cause });
  }
  const tag = `.concord-${process.pid}-${Date.now().toString(36)}`;
  const temp = (name: string): string => join(target, `.${name}${tag}`);
  const staged: string[] = [];
  const stage = async (file: OutputFile): Promise<void> => {
    const path = temp(file.name);
    staged.push(path);
    if ('chunks' in file) await writeChunks(path, file.chunks);
    else await writeFile(path, file.bytes);
  };
  // Each entry written as it comes, the others meanwhile; every one settled before anything is put in place or removed.
  const settled = await Promise.allSettled(files.map(async (entry) => {
    let made: readonly OutputFile[];
    try {
      made = isPending(entry) ? await entry : [entry];
    } catch (error) {
      throw new NotMade(error);
    }
    for (const file of made) await stage(file);
    return made;
  }));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure !== undefined) {
    await Promise.all(staged.map((p) => rm(p, { force: true })));
    if (created) await rmdir(target).catch(() => undefined);
    const cause: unknown = failure.reason;
    if (cause instanceof NotMade) throw cause.cause;
    throw new OutputError(`cannot write ${out}: ${(cause as Error).message}`, { where: out, cause });
  }
  const names = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value.map((f) => f.name) : []));
  try {
    for (const name of names) await rename(temp(name), join(target, name));
    const written = new Set(names);
    const old = before.kind === 'folder' ? (before.manifest?.files ?? []) : [];
    for (const name of old) if (!written.has(name)) await rm(join(target, name), { force: true });
    const manifest: OutputManifest = { concord: version, files: names };
    const manifestTemp = temp(MANIFEST_NAME);
    await writeFile(manifestTemp, `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(manifestTemp, join(target, MANIFEST_NAME));
  } catch (cause) {
    await Promise.all(staged.map((p) => rm(p, { force: true })));
    throw new OutputError(`cannot finish writing ${out}: ${(cause as Error).message}`, { where: out, cause });
  }
  return names.map((name) => join(target, name));
}
