// Coded traces: the items of an examples file that code links into the outcome (the shape of
// gold/trace.dev.json, `{ items: [ { symbol, paragraph, subparagraph, links: [ { para, strength } ] } ] }`),
// an item's text taken from the recommendation it names among the documents given, or from its own "text".
import { readExampleItems, resolveTexts, type ExampleItem } from '../mapping/load-examples.ts';
import type { Recommendation } from '../model/types.ts';
import type { CodedTrace } from './precedents.ts';
import type { LinkStrength } from './types.ts';

/** A coded trace as the file gives it: its text may still have to come from the documents. */
export type CodedTraceItem = Omit<CodedTrace, 'text'> & { readonly text?: string };

/** What tracing reads of a coded item (an examples file's, or a gold answer's). */
type LinkedItem = Pick<ExampleItem, 'symbol' | 'paragraph' | 'subparagraph'> & {
  readonly text?: string | undefined;
  readonly links?: readonly { readonly para: number; readonly strength: LinkStrength }[] | undefined;
};

/** The items that code links (items that code only `topics` are the mapper's examples). */
export function codedTraces(items: readonly LinkedItem[]): CodedTraceItem[] {
  return items.flatMap(({ symbol, paragraph, subparagraph, text, links }) =>
    links === undefined ? [] : [{ symbol, paragraph, subparagraph, ...(text === undefined ? {} : { text }), links: links.map((l) => ({ paragraph: l.para, strength: l.strength })) }],
  );
}

/** The coded traces of an examples file. */
export function loadCodedTraces(path: string): CodedTraceItem[] {
  return codedTraces(readExampleItems(path));
}

/** Fills in each coded trace's text from the recommendation it names; returns those found and the count missing. */
export function resolveCodedTraces(items: readonly CodedTraceItem[], recommendations: readonly Recommendation[]): { found: CodedTrace[]; missing: number } {
  return resolveTexts(items, recommendations);
}
