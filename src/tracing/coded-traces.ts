// Coded traces read from JSON: the shape of gold/trace.dev.json,
// `{ items: [ { symbol, paragraph, subparagraph, links: [ { para, strength } ] } ] }`, an item's
// text taken from the recommendation it names among the documents given, or from its own "text".
import { z } from 'zod';
import { readCodedItems } from '../mapping/load-examples.ts';
import { recommendationId } from '../model/citation.ts';
import type { Recommendation } from '../model/types.ts';
import type { CodedTrace } from './precedents.ts';

const itemSchema = z.object({
  symbol: z.string().min(1),
  paragraph: z.number().int(),
  subparagraph: z.string(),
  text: z.string().optional(),
  links: z.array(z.object({ para: z.number().int().positive(), strength: z.enum(['strong', 'partial']) })).optional(),
});
/** A coded trace as the file gives it: its text may still have to come from the documents. */
export type CodedTraceItem = Omit<CodedTrace, 'text'> & { readonly text?: string };

/**
 * The coded traces of an examples file: the items that carry `links` (items that carry only
 * `topics` are mapping examples and are left out here).
 */
export function loadCodedTraces(path: string): CodedTraceItem[] {
  const items = readCodedItems(path, itemSchema, '{ "items": [ { "symbol", "paragraph", "subparagraph", "links": [ { "para", "strength" } ] } ] }');
  return items.flatMap(({ links, text, ...item }) =>
    links === undefined ? [] : [{ ...item, ...(text === undefined ? {} : { text }), links: links.map((l) => ({ paragraph: l.para, strength: l.strength })) }],
  );
}

/** Fills in each coded trace's text from the recommendation it names; returns those found and the count missing. */
export function resolveCodedTraces(items: readonly CodedTraceItem[], recommendations: readonly Recommendation[]): { found: CodedTrace[]; missing: number } {
  const texts = new Map(recommendations.map((r) => [recommendationId(r.symbol, r.paragraph, r.subparagraph), r.text]));
  const found: CodedTrace[] = [];
  for (const item of items) {
    const text = item.text ?? texts.get(recommendationId(item.symbol, item.paragraph, item.subparagraph));
    if (text !== undefined) found.push({ ...item, text });
  }
  return { found, missing: items.length - found.length };
}
