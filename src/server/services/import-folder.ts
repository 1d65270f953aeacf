// `concord import`: a folder of reports (and an optional outcome document) into a
// project, then a re-map. Re-importing replaces documents by symbol; decisions stay.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { InputError } from '../../model/errors.ts';
import { DEFAULT_CODEBOOK } from '../../mapping/load-codebook.ts';
import { readDocumentFromBytes } from '../../readers/index.ts';
import { expandInputs } from '../../pipeline/expand-inputs.ts';
import { readStep } from '../../pipeline/read-step.ts';
import { exclusionOf } from '../../pipeline/summarize.ts';
import type { Store } from '../../store/open.ts';
import { createProject, findProjectByName, setCodebook } from '../../store/projects.ts';
import type { CodebookChoice } from '../../store/projects.ts';
import type { RemapResult } from '../api-types.ts';
import { loadProjectCodebook } from '../project/codebook.ts';
import { ProjectCache } from '../project/state.ts';
import { addDocument } from './add-document.ts';
import { remap } from './remap.ts';

export interface ImportOptions {
  readonly project?: string;
  /** Shipped codebook name or a YAML file path. */
  readonly codebook?: string;
  readonly outcome?: string;
  /** Symbol of the outcome document when it does not state it (e.g. A/CONF.234/16). */
  readonly outcomeSymbol?: string;
  readonly onFile?: (line: string) => void;
}

export interface ImportResult {
  readonly projectId: number;
  readonly project: string;
  readonly created: boolean;
  /** Reports of regional meetings read (mapped). */
  readonly documents: number;
  /** Files read but not reports (e.g. the Secretariat's snapshot): stored and listed, nothing mapped, as `concord build` lists them. */
  readonly notReports: readonly { source: string; reason: string }[];
  readonly skipped: readonly { source: string; reason: string }[];
  readonly remap: RemapResult;
}

async function choiceFor(codebook: string): Promise<CodebookChoice> {
  const isFile = /[\\/]/.test(codebook) || /\.ya?ml$/i.test(codebook);
  if (!isFile) return { kind: 'shipped', name: codebook };
  const yaml = await readFile(codebook, 'utf8').catch((cause: unknown) => {
    throw new InputError(codebook, 'cannot read the codebook file', { cause });
  });
  const choice: CodebookChoice = { kind: 'yaml', name: basename(codebook), yaml };
  return choice;
}

const trusted = (name: string, bytes: Uint8Array, symbol?: string) => readDocumentFromBytes(name, bytes, symbol === undefined ? {} : { symbol });

export async function importFolder(store: Store, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const say = options.onFile ?? (() => undefined);
  const name = options.project ?? basename(resolve(folder));
  let project = await findProjectByName(store, name);
  const created = project === undefined;
  if (options.codebook !== undefined || project === undefined) {
    const choice = await choiceFor(options.codebook ?? DEFAULT_CODEBOOK);
    await loadProjectCodebook(choice);
    if (project === undefined) project = await createProject(store, name, choice);
    else await setCodebook(store, project.id, choice);
  }
  const outcomePath = options.outcome === undefined ? undefined : resolve(options.outcome);
  const expanded = await expandInputs([folder]);
  const projectId = project.id;
  // The read step of `concord build`, each document stored as it is read.
  const read = await readStep(expanded.files.filter((f) => f !== outcomePath), {
    read: async (file) => (await addDocument(store, projectId, basename(file), await readFile(file), { role: 'report', parse: trusted })).model,
    onFile: (file, outcome) => {
      if (!('document' in outcome)) return say(`${basename(file)}: skipped (${outcome.reason})`);
      const { document } = outcome;
      const excluded = exclusionOf(document);
      say(excluded === undefined
        ? `${basename(file)}: ${document.symbol}, ${document.recommendations.length} recommendations, ${document.messages.length} messages`
        : `${basename(file)}: read, not a report: ${excluded}`);
    },
  });
  const skipped = [...expanded.missing, ...read.value.skipped];
  const notReports = read.value.documents.flatMap(({ file, document }) => {
    const reason = exclusionOf(document);
    return reason === undefined ? [] : [{ source: basename(file), reason }];
  });
  const documents = read.value.documents.length - notReports.length;
  if (documents === 0) throw new InputError(folder, skipped.length > 0 ? `nothing could be read: ${skipped.map((s) => s.reason).join('; ')}` : 'no .txt, .docx or .pdf report found');
  if (outcomePath !== undefined) {
    const added = await addDocument(store, project.id, basename(outcomePath), await readFile(outcomePath), { role: 'outcome', parse: trusted, symbol: options.outcomeSymbol });
    say(`${basename(outcomePath)}: outcome document ${added.model.symbol}`);
  }
  const result = await remap(store, new ProjectCache(store), project.id, 'all');
  return { projectId: project.id, project: name, created, documents, notReports, skipped, remap: result };
}
