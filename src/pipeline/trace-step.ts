// Trace step: mapped recommendations into the outcome document, with coded traces as
// precedents; a coded trace that names no recommendation given, an outcome without a stated
// symbol or without numbered paragraphs, is a message.

import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import { InputError, isConcordError } from '../model/errors.ts';
import type { ConcordDocument, Message } from '../model/types.ts';
import { readDocument } from '../readers/index.ts';
import { resolveCodedTraces, type CodedTraceItem } from '../tracing/coded-traces.ts';
import { traceRecommendations, type TraceListener, type TraceResult } from '../tracing/index.ts';
import { profileOf } from '../profiles/profile-of.ts';
import { traceToPositions } from '../tracing/positions/trace-positions.ts';
import { precompiledThesaurus } from './precompiled-thesaurus.ts';
import { reasonOf, shownPath } from './read-step.ts';
import { runMessage, type Step } from './step.ts';

/** Reads the outcome document; one that cannot be read stops the run (there is nothing to trace into). */
export async function readOutcomeStep(path: string, symbol?: string): Promise<Step<ConcordDocument>> {
  const document = await readDocument(path, symbol === undefined ? {} : { symbol }).catch((error: unknown) => {
    throw isConcordError(error) ? error : new InputError(shownPath(path), `cannot read the outcome document: ${reasonOf(error)}`, { cause: error });
  });
  const messages =
    document.symbolProvisional && symbol === undefined
      ? [runMessage('warning', 'trace:provisional-symbol', `${shownPath(path)} does not state its symbol; citations use "${document.symbol}" (give --outcome-symbol, e.g. A/CONF.234/16)`, { source: shownPath(path) })]
      : [];
  return { value: document, messages };
}

export interface TraceStepOptions {
  readonly outcomeSymbol?: string | undefined;
  /** Coded links (an examples file's, or reviewers' decisions): precedents for recommendations that read alike. */
  readonly coded?: readonly CodedTraceItem[];
  /** Told of each trace as it is made (see TraceOptions.listener). */
  readonly listener?: TraceListener | undefined;
}

export function traceStep(mapped: readonly MappedRecommendation[], outcome: ConcordDocument, codebook: Codebook, options: TraceStepOptions = {}): Step<TraceResult> {
  // An outcome that states positions (a UPR addendum) is read for them; a declaration is aligned with.
  const rules = profileOf(outcome).outcome;
  if (rules.kind === 'positions') {
    const traced = traceToPositions(mapped, outcome, rules);
    return { value: traced.value, messages: traced.messages.map((m) => runMessage(m.severity, `trace:${m.ruleId}`, m.reason, { source: outcome.source })) };
  }
  const coded = options.coded ?? [];
  const precedents = resolveCodedTraces(coded, mapped);
  const messages: Message[] = [];
  if (precedents.missing > 0) {
    messages.push(runMessage('warning', 'trace:coded-trace-unmatched', `${precedents.missing} of ${coded.length} coded traces name no recommendation of the files given and have no "text"; they are ignored`));
  }
  // The shipped thesaurus as precompiled when Concord was built; without it the tracing reads its YAML.
  const thesaurus = precompiledThesaurus();
  const value = traceRecommendations(mapped, outcome, codebook, {
    ...(options.outcomeSymbol === undefined ? {} : { outcomeSymbol: options.outcomeSymbol }),
    ...(thesaurus === undefined ? {} : { thesaurus }),
    ...(precedents.found.length === 0 ? {} : { examples: precedents.found }),
    ...(options.listener === undefined ? {} : { listener: options.listener }),
  });
  if (value.outcome.paragraphs.length === 0) {
    messages.push(runMessage('warning', 'trace:no-paragraphs', `${outcome.source} has no numbered paragraphs to trace into (expected a declaration or resolution with numbered paragraphs, e.g. the congress report's chapter I, resolution 1)`, { source: outcome.source }));
  }
  return { value, messages };
}
