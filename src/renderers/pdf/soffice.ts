// LibreOffice as the PDF engine: a Word file in, its PDF out, converted headless with a profile
// of its own in a temporary folder (never the user's), within a time limit.

import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OutputError } from '../../model/errors.ts';

/** What to install when LibreOffice is missing. */
export const SOFFICE_HINT = 'install LibreOffice (Debian: apt-get install libreoffice-writer-nogui) or set CONCORD_SOFFICE to its soffice program';

/** A conversion of the corpus's Word file takes seconds; a hung LibreOffice is stopped after this. */
export const CONVERT_TIMEOUT_MS = 180_000;

// Word bookmarks become named destinations of the PDF: where each heading falls is read from them.
const FILTER = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}';

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice program: CONCORD_SOFFICE, else soffice or libreoffice on the PATH; undefined when none is installed. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const given = env.CONCORD_SOFFICE;
  if (given !== undefined && given !== '') return (await executable(given)) ? given : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter((d) => d !== '')) {
    for (const name of ['soffice', 'libreoffice']) {
      if (await executable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/** The PDF of a Word file, as LibreOffice lays it out. */
export async function docxToPdf(soffice: string, docx: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-pdf-'));
  try {
    const input = join(dir, 'mapping.docx');
    await writeFile(input, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nologo', '--convert-to', FILTER, '--outdir', dir, input];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: options.timeoutMs ?? CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (error === null) resolve();
        else {
          const said = String(stderr).trim().split('\n').filter((l) => l !== '' && !/javaldx/.test(l)).pop();
          const why = error.killed === true
            ? `did not finish within ${Math.round((options.timeoutMs ?? CONVERT_TIMEOUT_MS) / 1000)} s`
            : `stopped with exit code ${String(error.code ?? '?')}${said === undefined ? '' : ` (${said})`}`;
          reject(new OutputError(`LibreOffice (${soffice}) could not lay out the Word file as a PDF: it ${why}`, { cause: error }));
        }
      });
    });
    try {
      return new Uint8Array(await readFile(join(dir, 'mapping.pdf')));
    } catch (error) {
      throw new OutputError(`LibreOffice (${soffice}) could not lay out the Word file as a PDF: it ended without writing one`, { cause: error });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
