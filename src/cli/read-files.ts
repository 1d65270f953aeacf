// What parse, map and trace share: where they write, and reading every file given,
// reporting each one that cannot be read and going on with the others.
import { stat } from 'node:fs/promises';
import type { ConcordDocument, Message } from '../model/types.ts';
import { EXIT_CODES, InputError } from '../model/errors.ts';
import { readStep } from '../pipeline/read-step.ts';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (line: string) => void;
}

export const processIo: CliIo = {
  out: (text) => { process.stdout.write(text); },
  err: (line) => { console.error(line); },
};

export interface ReadFailure {
  readonly source: string;
  readonly error: string;
}

export interface ReadAll {
  readonly documents: ConcordDocument[];
  readonly errors: ReadFailure[];
}

/**
 * Throws InputError (exit 3) for the first option file that is missing or not a file, naming the
 * option and the file: called before any work, so that a mistyped --outcome is not found out after
 * every report has been read and mapped.
 */
export async function checkOptionFiles(files: Readonly<Record<string, string | readonly string[] | undefined>>): Promise<void> {
  for (const [option, file] of Object.entries(files).flatMap(([o, f]) => (typeof f === 'string' || f === undefined ? [[o, f] as const] : f.map((one) => [o, one] as const)))) {
    if (file === undefined) continue;
    let isFile: boolean;
    try {
      isFile = (await stat(file)).isFile();
    } catch {
      throw new InputError(file, `file not found (given with ${option})`);
    }
    if (!isFile) throw new InputError(file, `not a file (given with ${option}); expected a file`);
  }
}

/**
 * Reads each file in turn; one that cannot be read gets one line on `io.err` and is listed
 * in `errors`. `onDocument` sees each document as soon as it is read.
 */
export async function readFiles(
  files: readonly string[],
  symbol: string | undefined,
  io: CliIo,
  onDocument: (doc: ConcordDocument) => void = () => {},
): Promise<ReadAll> {
  const { value } = await readStep(files, {
    symbol,
    onFile: (file, read) => {
      if ('document' in read) onDocument(read.document);
      else io.err(`concord: ${file}: ${read.reason}`);
    },
  });
  return {
    documents: value.documents.map((d) => d.document),
    errors: value.skipped.map((s) => ({ source: s.source, error: `${s.source}: ${s.reason}` })),
  };
}

/** The exit code of a command that read files: EXIT_CODES.input when any could not be read, as `build` does. */
export function readExitCode(errors: readonly ReadFailure[]): number {
  return errors.length > 0 ? EXIT_CODES.input : 0;
}

/**
 * Prints a run's messages on `io.err`, one line each: a file that could not be read as
 * `concord: file: why` (as every command has always said it), the others after the command's name.
 */
export function printMessages(command: string, messages: readonly Message[], io: CliIo): void {
  for (const m of messages) io.err(m.ruleId.startsWith('read:') ? `concord: ${m.reason}` : `concord ${command}: ${m.reason}`);
}

/** The JSON of a codebook's identity, as map and trace print it. */
export function codebookHeader(codebook: { readonly id: string; readonly title: string; readonly version?: string }): { id: string; title: string; version?: string } {
  return { id: codebook.id, title: codebook.title, ...(codebook.version === undefined ? {} : { version: codebook.version }) };
}
