// Tracing: recommendations -> paragraphs of the outcome document that took them up.
export type * from './types.ts';
export { traceRecommendations, type TraceListener, type TraceOptions, type TraceResult } from './trace.ts';
export { selectOutcome, type OutcomeSelection, type OutcomeText } from './outcome-document.ts';
export { byPlace, isPreamble, paragraphKey, paragraphRef, partField, placeLabel } from './paragraph-key.ts';
