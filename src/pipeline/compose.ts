// The one composition of a run: read -> map -> (trace), each step's messages gathered in
// order. `concord map`, `concord trace` and `concord build` all go through it; the workbench
// runs the same map and trace steps on its stored documents (server/services/remap.ts).

import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import { readExamples, topicExamples } from '../mapping/index.ts';
import { InputError } from '../model/errors.ts';
import type { ConcordDocument, Message, Recommendation } from '../model/types.ts';
import type { TraceListener, TraceResult } from '../tracing/index.ts';
import { codedTraces } from '../tracing/coded-traces.ts';
import { mapStep } from './map-step.ts';
import { readStep, recommendationsOf, withRegion, type ReadStepOptions, type ReadValue } from './read-step.ts';
import type { Step } from './step.ts';
import { readOutcomeStep, traceStep } from './trace-step.ts';

export interface ProgressEvent {
  phase: string;
  current: number;
  total: number;
  detail?: string;
}

export interface ComposeOptions {
  readonly codebook: Codebook;
  /** Examples files (and crosswalks): their topics teach the mapping, their links are precedents for tracing (read once). */
  readonly examples?: string | readonly string[] | undefined;
  readonly outcome?: string | undefined;
  readonly outcomeSymbol?: string | undefined;
  readonly symbol?: string | undefined;
  /**
   * Whose recommendations are mapped: 'annexes' (build, the workbench) leaves out the congress report
   * and documents without recommendations (see exclusionOf); 'every-document' maps whatever file was given.
   */
  readonly scope?: 'annexes' | 'every-document';
  readonly onFile?: ReadStepOptions['onFile'];
  /** See ReadStepOptions.outline: the documents come back without their paragraphs, headings and footnotes. */
  readonly outline?: boolean;
  readonly onProgress?: (event: ProgressEvent) => void;
  /**
   * Sees what was read before anything is mapped, and may stop the run there by throwing
   * (build stops when nothing could be read, before the map step reports mapping nothing).
   */
  readonly afterRead?: (read: ReadValue) => void;
  /** Sees the mapped recommendations before they are traced (build starts its Word and Excel files then). */
  readonly afterMap?: (read: ReadValue, mapped: readonly MappedRecommendation[]) => void;
  /** Told of each trace as it is made. */
  readonly traceListener?: TraceListener | undefined;
}

export interface Composed {
  readonly read: ReadValue;
  /** Every mapped recommendation, in the order of the documents. */
  readonly mapped: readonly MappedRecommendation[];
  readonly outcomeDocument?: ConcordDocument;
  readonly traced?: TraceResult;
}

const everyRecommendation = (documents: readonly ConcordDocument[]): Recommendation[] => documents.flatMap((d) => d.recommendations.map((r) => withRegion(r, d)));

/**
 * Reads `files` (already listed: see expandInputs for folders), maps them and, with an outcome, traces them.
 * Throws only for what stops the whole run: an examples file or an outcome document that cannot be read.
 */
export async function composeRun(files: readonly string[], options: ComposeOptions): Promise<Step<Composed>> {
  const progress = options.onProgress ?? (() => undefined);
  const examples = options.examples === undefined ? { items: [], messages: [] } : readExamples(options.examples, options.codebook);
  const items = examples.items;
  const messages: Message[] = [...examples.messages];

  progress({ phase: 'read', current: 0, total: files.length });
  const read = await readStep(files, { symbol: options.symbol, outline: options.outline, ...(options.onFile === undefined ? {} : { onFile: options.onFile }) });
  messages.push(...read.messages);
  options.afterRead?.(read.value);
  const documents = read.value.documents.map((d) => d.document);

  const recommendations = options.scope === 'every-document' ? everyRecommendation(documents) : recommendationsOf(documents);
  progress({ phase: 'map', current: 0, total: recommendations.length });
  const mapped = mapStep(recommendations, options.codebook, topicExamples(items));
  messages.push(...mapped.messages);
  progress({ phase: 'map', current: recommendations.length, total: recommendations.length, detail: `${mapped.value.length} recommendations mapped` });
  options.afterMap?.(read.value, mapped.value);
  if (options.outcome === undefined) return { value: { read: read.value, mapped: mapped.value }, messages };

  progress({ phase: 'trace', current: 0, total: mapped.value.length });
  const outcome = await readOutcomeStep(options.outcome, options.outcomeSymbol);
  messages.push(...outcome.messages);
  const coded = codedTraces(items);
  const traced = traceStep(mapped.value, outcome.value, options.codebook, { outcomeSymbol: options.outcomeSymbol, coded, listener: options.traceListener });
  messages.push(...traced.messages);
  progress({ phase: 'trace', current: mapped.value.length, total: mapped.value.length, detail: `traced into ${traced.value.outcome.symbol}${coded.length === 0 ? '' : `, with ${coded.length} coded traces as precedents`}` });
  return { value: { read: read.value, mapped: mapped.value, outcomeDocument: outcome.value, traced: traced.value }, messages };
}

/** Nothing read at all: the run has nothing to map. */
export function nothingRead(inputs: readonly string[], read: ReadValue, listed: number): InputError {
  const why = read.skipped.map((s) => `${s.source} (${s.reason})`).join('; ');
  return new InputError(inputs.join(' '), listed === 0 && read.skipped.length === 0 ? 'no .txt, .docx or .pdf report found' : `nothing could be read: ${why}`);
}
