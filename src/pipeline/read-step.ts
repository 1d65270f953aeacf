// Read step: every report file given, read in turn; a file that cannot be read is a message
// (and listed as skipped), the others are still read.

import { relative } from 'node:path';
import { isConcordError } from '../model/errors.ts';
import type { ConcordDocument, Recommendation } from '../model/types.ts';
import { readDocument } from '../readers/index.ts';
import { runMessage, type Step } from './step.ts';
import { exclusionOf } from './summarize.ts';

export interface Skipped {
  readonly source: string;
  readonly reason: string;
}

export interface ReadValue {
  /** In the order the files were given. */
  readonly documents: readonly { readonly file: string; readonly document: ConcordDocument }[];
  readonly skipped: readonly Skipped[];
}

export interface ReadStepOptions {
  readonly symbol?: string | undefined;
  /** How a file becomes a document; defaults to the readers (the workbench's import also stores it). */
  readonly read?: (file: string) => Promise<ConcordDocument>;
  /**
   * Keep of each document only what a run needs of it (its recommendations and what its summary says),
   * not its paragraphs, headings and footnotes: at a thousand reports they are most of the memory.
   */
  readonly outline?: boolean | undefined;
  /** Sees each file as soon as it is read, or why it was not. */
  readonly onFile?: (file: string, outcome: { readonly document: ConcordDocument } | { readonly reason: string }) => void;
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** What went wrong, without the file name the error already starts with. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return isConcordError(error) && error.where !== undefined ? message.replace(`${error.where}: `, '') : message;
}

export async function readStep(files: readonly string[], options: ReadStepOptions = {}): Promise<Step<ReadValue>> {
  const read = options.read ?? ((file: string) => readDocument(file, options.symbol === undefined ? {} : { symbol: options.symbol }));
  const documents: { file: string; document: ConcordDocument }[] = [];
  const skipped: Skipped[] = [];
  const messages = [];
  for (const file of files) {
    try {
      const document = await read(file);
      documents.push({ file, document: options.outline === true ? outlineOf(document) : document });
      options.onFile?.(file, { document });
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      const reason = reasonOf(error);
      skipped.push({ source: shownPath(file), reason });
      messages.push(runMessage('error', 'read:unreadable', `${shownPath(file)}: ${reason}`, { source: shownPath(file) }));
      options.onFile?.(file, { reason });
    }
  }
  return { value: { documents, skipped }, messages };
}

/** A document without its paragraphs, headings and footnotes (see ReadStepOptions.outline). */
export function outlineOf(document: ConcordDocument): ConcordDocument {
  return { ...document, headings: [], paragraphs: [], footnotes: [] };
}

/** A recommendation carries its report's region when it states none of its own. */
export function withRegion(recommendation: Recommendation, document: ConcordDocument): Recommendation {
  return recommendation.region === undefined && document.region !== undefined ? { ...recommendation, region: document.region } : recommendation;
}

/** The recommendations a run maps: those of the documents that belong in the regional annexes (see exclusionOf). */
export function recommendationsOf(documents: readonly ConcordDocument[]): Recommendation[] {
  return documents.filter((d) => exclusionOf(d) === undefined).flatMap((d) => d.recommendations.map((r) => withRegion(r, d)));
}
