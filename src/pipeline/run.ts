// The whole job of `concord build`: list the inputs, compose read -> map -> (trace), and
// make one MappingRun of it, which every renderer compiles.

import { resolve } from 'node:path';
import { version } from '../version.ts';
import { UsageError } from '../model/errors.ts';
import type { ConcordDocument, Message } from '../model/types.ts';
import { loadCodebook } from '../mapping/index.ts';
import { composeRun, nothingRead, type ProgressEvent } from './compose.ts';
import { expandInputs } from './expand-inputs.ts';
import { runMessage, type Step } from './step.ts';
import { shownPath, type ReadValue } from './read-step.ts';
import { exclusionOf, summarize } from './summarize.ts';
import type { MappingRun, RunRecommendation } from './types.ts';
import type { TraceListener } from '../tracing/index.ts';

export type { ProgressEvent } from './compose.ts';

export interface RunOptions {
  readonly codebook?: string;
  readonly examples?: string | readonly string[];
  readonly outcome?: string;
  readonly outcomeSymbol?: string;
  readonly symbol?: string;
  /** Called as work advances, for progress bars. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Fixes the run's date (tests, reproducible builds); defaults to now. */
  readonly now?: Date;
  /** Keep the document models in the run, for the formats that export whole documents (qdpx, akn); they cost memory. */
  readonly keepModels?: boolean;
  /**
   * With an outcome, called once the recommendations are mapped, before they are traced, with the run as it
   * stands then (no traces, no outcome): the run given at the end is this one with its traces and outcome
   * added, every other field the same value. `concord build` starts its Word and Excel files meanwhile.
   */
  readonly onMapped?: (mapped: MappingRun) => void;
  /** With an outcome, told of each recommendation's trace as it is made (`concord build` begins Annex C meanwhile). */
  readonly onTraced?: TraceListener;
}

const warningsOf = (doc: ConcordDocument): string => {
  const n = doc.messages.filter((m) => m.severity !== 'info').length;
  return n === 0 ? '' : `, ${n} message${n === 1 ? '' : 's'} (see concord parse)`;
};

/** Reads folders and files (any mix of .txt, .docx, .pdf), maps them and traces them when an outcome is given; with what the steps noticed. */
export async function runPipeline(inputs: readonly string[], options: RunOptions = {}): Promise<Step<MappingRun>> {
  const progress = options.onProgress ?? (() => undefined);
  const outcomePath = options.outcome === undefined ? undefined : resolve(options.outcome);
  const expanded = await expandInputs(inputs);
  const files = expanded.files.filter((f) => f !== outcomePath);
  if (options.symbol !== undefined && files.length > 1) {
    throw new UsageError(`--symbol names one document, but ${files.length} files were given; give one file with --symbol`);
  }
  const codebook = await loadCodebook(options.codebook);
  const generatedAt = (options.now ?? new Date()).toISOString();
  // What the run holds besides its recommendations, made once: the mapped run and the final one share it.
  let head: Pick<MappingRun, 'documents' | 'skipped'> | undefined;
  const headOf = (read: ReadValue): Pick<MappingRun, 'documents' | 'skipped'> =>
    (head ??= { documents: read.documents.map(({ file, document }) => summarize(document, shownPath(file))), skipped: [...expanded.missing, ...read.skipped] });
  const { onMapped } = options;
  let index = 0;
  const composed = await composeRun(files, {
    codebook,
    examples: options.examples,
    outcome: outcomePath,
    outcomeSymbol: options.outcomeSymbol,
    symbol: options.symbol,
    onProgress: progress,
    // The run keeps of each document its summary; its whole model only for the formats that export it.
    outline: options.keepModels !== true,
    onFile: (file, read) => {
      index += 1;
      const excluded = 'reason' in read ? undefined : exclusionOf(read.document);
      const detail = 'reason' in read
        ? `${shownPath(file)}: skipped (${read.reason})`
        : `${shownPath(file)}: ${read.document.recommendations.length} recommendations${warningsOf(read.document)}${excluded === undefined ? '' : ` (not mapped: ${excluded.split(':')[0]})`}`;
      progress({ phase: 'read', current: index, total: files.length, detail });
    },
    // Nothing read: the run stops here, before the map step would report mapping nothing.
    afterRead: (read) => {
      if (read.documents.length === 0) throw nothingRead(inputs, { ...read, skipped: [...expanded.missing, ...read.skipped] }, files.length);
    },
    ...(options.onTraced === undefined ? {} : { traceListener: options.onTraced }),
    ...(onMapped === undefined || outcomePath === undefined ? {} : {
      afterMap: (read: ReadValue, mapped: readonly RunRecommendation[]) => onMapped({ concordVersion: version, generatedAt, codebook, ...headOf(read), recommendations: mapped }),
    }),
  });
  const { read, mapped, traced } = composed.value;
  const recommendations: RunRecommendation[] =
    traced === undefined
      ? [...mapped]
      : mapped.map((r) => {
          const trace = traced.traces.get(r.id);
          return trace === undefined ? r : { ...r, trace };
        });
  const messages: Message[] = [
    ...expanded.missing.map((m) => runMessage('error', 'read:missing', `${m.source}: ${m.reason}`, { source: m.source })),
    ...composed.messages,
  ];
  const { documents, skipped } = headOf(read);
  return {
    value: {
      concordVersion: version,
      generatedAt,
      codebook,
      documents,
      recommendations,
      ...(traced === undefined ? {} : { outcome: traced.outcome }),
      skipped,
      ...(options.keepModels === true ? { models: modelsOf(read.documents.map((d) => d.document), composed.value.outcomeDocument) } : {}),
    },
    messages,
  };
}

/** The mapped reports' models (not the congress report or a document without recommendations), the outcome's, and the other documents read. */
function modelsOf(documents: readonly ConcordDocument[], outcome: ConcordDocument | undefined): NonNullable<MappingRun['models']> {
  const reports = documents.filter((d) => exclusionOf(d) === undefined);
  // Documents read but not mapped (the Secretariat's snapshot): the final edition reads the meetings they list.
  const others = documents.filter((d) => exclusionOf(d) !== undefined && d.kind !== 'congress-report');
  return { reports, ...(outcome === undefined ? {} : { outcome }), ...(others.length === 0 ? {} : { others }) };
}

/** The run alone, for callers that report messages elsewhere (tests, bench): see runPipeline. */
export async function buildRun(inputs: readonly string[], options: RunOptions = {}): Promise<MappingRun> {
  return (await runPipeline(inputs, options)).value;
}
