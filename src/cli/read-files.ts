// What parse, map and trace share: where they write, and reading every file given,
// reporting each one that cannot be read and going on with the others.
import type { ConcordDocument } from '../model/types.ts';
import { EXIT_CODES, isConcordError } from '../model/errors.ts';
import { readDocument } from '../readers/index.ts';

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
 * Reads each file in turn; one that cannot be read gets one line on `io.err` and is listed
 * in `errors`. `onDocument` sees each document as soon as it is read.
 */
export async function readFiles(
  files: readonly string[],
  symbol: string | undefined,
  io: CliIo,
  onDocument: (doc: ConcordDocument) => void = () => {},
): Promise<ReadAll> {
  const documents: ConcordDocument[] = [];
  const errors: ReadFailure[] = [];
  for (const file of files) {
    try {
      const doc = await readDocument(file, symbol === undefined ? {} : { symbol });
      documents.push(doc);
      onDocument(doc);
    } catch (error) {
      if (!isConcordError(error)) throw error;
      errors.push({ source: file, error: error.message });
      io.err(`concord: ${error.message}`);
    }
  }
  return { documents, errors };
}

/** The exit code of a command that read files: EXIT_CODES.input when any could not be read, as `build` does. */
export function readExitCode(errors: readonly ReadFailure[]): number {
  return errors.length > 0 ? EXIT_CODES.input : 0;
}
