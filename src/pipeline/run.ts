// The whole job: read every input, map, optionally trace, into one MappingRun.

import { relative, resolve } from 'node:path';
import { version } from '../cli/version.ts';
import { InputError, UsageError, isConcordError } from '../model/errors.ts';
import type { ConcordDocument, Recommendation } from '../model/types.ts';
import { loadCodebook, mapRecommendations, readExampleItems, topicExamples } from '../mapping/index.ts';
import { readDocument } from '../readers/index.ts';
import { traceRecommendations } from '../tracing/index.ts';
import { codedTraces, resolveCodedTraces } from '../tracing/coded-traces.ts';
import { expandInputs } from './expand-inputs.ts';
import { summarize } from './summarize.ts';
import type { DocumentSummary, MappingRun, RunRecommendation } from './types.ts';

export interface ProgressEvent {
  phase: string;
  current: number;
  total: number;
  detail?: string;
}

export interface RunOptions {
  readonly codebook?: string;
  readonly examples?: string;
  readonly outcome?: string;
  readonly outcomeSymbol?: string;
  readonly symbol?: string;
  /** Called as work advances, for progress bars. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Fixes the run's date (tests, reproducible builds); defaults to now. */
  readonly now?: Date;
}

const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};

const reasonOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return isConcordError(error) && error.where !== undefined ? message.replace(`${error.where}: `, '') : message;
};

const warningsOf = (doc: ConcordDocument): string => {
  const n = doc.messages.filter((m) => m.severity !== 'info').length;
  return n === 0 ? '' : `, ${n} message${n === 1 ? '' : 's'} (see concord parse)`;
};

/** Reads folders and files (any mix of .txt, .docx, .pdf), maps them and traces them when an outcome is given. */
export async function buildRun(inputs: readonly string[], options: RunOptions = {}): Promise<MappingRun> {
  const progress = options.onProgress ?? (() => undefined);
  const outcomePath = options.outcome === undefined ? undefined : resolve(options.outcome);
  const expanded = await expandInputs(inputs);
  const files = expanded.files.filter((f) => f !== outcomePath);
  if (options.symbol !== undefined && files.length > 1) {
    throw new UsageError(`--symbol names one document, but ${files.length} files were given; give one file with --symbol`);
  }
  const codebook = await loadCodebook(options.codebook);
  // One examples file, read once: its topics teach the mapping, its links are precedents for tracing.
  const items = options.examples === undefined ? undefined : readExampleItems(options.examples, codebook);
  const examples = items === undefined ? undefined : topicExamples(items);
  const coded = items === undefined ? [] : codedTraces(items);

  const skipped = [...expanded.missing];
  const documents: DocumentSummary[] = [];
  const recommendations: Recommendation[] = [];
  const reports: ConcordDocument[] = [];
  for (const [i, file] of files.entries()) {
    progress({ phase: 'read', current: i, total: files.length });
    try {
      const doc: ConcordDocument = await readDocument(file, options.symbol === undefined ? {} : { symbol: options.symbol });
      const summary = summarize(doc, shown(file));
      documents.push(summary);
      if (summary.excluded === undefined) {
        reports.push(doc);
        for (const r of doc.recommendations) recommendations.push(r.region === undefined && doc.region !== undefined ? { ...r, region: doc.region } : r);
      }
      progress({ phase: 'read', current: i + 1, total: files.length, detail: `${shown(file)}: ${doc.recommendations.length} recommendations${warningsOf(doc)}${summary.excluded === undefined ? '' : ' (not mapped: ' + summary.excluded.split(':')[0] + ')'}` });
    } catch (error) {
      skipped.push({ source: shown(file), reason: reasonOf(error) });
      progress({ phase: 'read', current: i + 1, total: files.length, detail: `${shown(file)}: skipped (${reasonOf(error)})` });
    }
  }
  if (documents.length === 0) {
    const why = skipped.map((s) => `${s.source} (${s.reason})`).join('; ');
    throw new InputError(inputs.join(' '), files.length === 0 && expanded.missing.length === 0 ? 'no .txt, .docx or .pdf report found' : `nothing could be read: ${why}`);
  }

  progress({ phase: 'map', current: 0, total: recommendations.length });
  const mapped = mapRecommendations(recommendations, codebook, examples === undefined ? {} : { examples });
  progress({ phase: 'map', current: recommendations.length, total: recommendations.length, detail: `${mapped.length} recommendations mapped` });

  let runRecommendations: RunRecommendation[] = mapped;
  let outcome: MappingRun['outcome'];
  let outcomeModel: ConcordDocument | undefined;
  if (outcomePath !== undefined) {
    progress({ phase: 'trace', current: 0, total: mapped.length });
    const outcomeDocument = await readDocument(outcomePath).catch((error: unknown) => {
      throw isConcordError(error) ? error : new InputError(shown(outcomePath), `cannot read the outcome document: ${reasonOf(error)}`, { cause: error });
    });
    outcomeModel = outcomeDocument;
    const precedents = resolveCodedTraces(coded, recommendations).found;
    const traced = traceRecommendations(mapped, outcomeDocument, codebook, {
      ...(options.outcomeSymbol === undefined ? {} : { outcomeSymbol: options.outcomeSymbol }),
      ...(precedents.length === 0 ? {} : { examples: precedents }),
    });
    runRecommendations = mapped.map((r) => {
      const trace = traced.traces.get(r.id);
      return trace === undefined ? r : { ...r, trace };
    });
    outcome = traced.outcome;
    progress({ phase: 'trace', current: mapped.length, total: mapped.length, detail: `traced into ${traced.outcome.symbol}${precedents.length === 0 ? '' : `, with ${precedents.length} coded traces as precedents`}` });
  }

  return {
    concordVersion: version,
    generatedAt: (options.now ?? new Date()).toISOString(),
    codebook,
    documents,
    recommendations: runRecommendations,
    ...(outcome === undefined ? {} : { outcome }),
    skipped,
    models: { reports, ...(outcomeModel === undefined ? {} : { outcome: outcomeModel }) },
  };
}
