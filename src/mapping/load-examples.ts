// Coded examples (analysts' or reviewers' decisions) read from JSON: the shape of
// gold/topics.dev.json, `{ items: [ { symbol, paragraph, subparagraph, topics, … } ] }`.
// The same file may code links into an outcome document (`links`, the shape of
// gold/trace.dev.json); those are read by tracing (src/tracing/coded-traces.ts), not here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../model/errors.ts';
import type { Recommendation } from '../model/types.ts';
import type { CodedExample } from './types.ts';
const exampleSchema = z.object({
  symbol: z.string().min(1),
  paragraph: z.number().int(),
  subparagraph: z.string(),
  text: z.string().optional(),
  topics: z.array(z.string()).optional(),
  links: z.array(z.unknown()).optional(),
  alsoAcceptable: z.array(z.string()).optional(),
  evidence: z.record(z.string(), z.array(z.string())).optional(),
}).refine((item) => item.topics !== undefined || item.links !== undefined, { message: 'an item codes "topics" or "links" (or both)' });

/**
 * Reads a file of coded items, `{ items: [...] }` or a bare array, each checked against `item`
 * (a wrong item is reported at its own path); `expected` says in the message what the file should hold.
 */
export function readCodedItems<T extends z.ZodType>(path: string, item: T, expected: string): z.infer<T>[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, `cannot read the examples file as JSON (expected ${expected})`, { cause: error });
  }
  const parsed = (Array.isArray(data) ? z.array(item) : z.object({ items: z.array(item) })).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, `not an examples file: ${issue?.message ?? 'invalid'} at ${issue?.path.join('.') ?? ''}`);
  }
  return Array.isArray(parsed.data) ? parsed.data : (parsed.data as { items: z.infer<T>[] }).items;
}

/** Reads coded examples: `{ items: [...] }` (the shape of gold/topics.dev.json) or a bare array. */
export function loadExamplesSync(path: string): CodedExample[] {
  const items = readCodedItems(path, exampleSchema, '{ "items": [ { "symbol", "paragraph", "subparagraph", "topics" } ] }');
  return items.flatMap(({ topics, ...item }) => topics === undefined ? [] : [{
    symbol: item.symbol, paragraph: item.paragraph, subparagraph: item.subparagraph,
    topics,
    ...(item.text !== undefined ? { text: item.text } : {}),
    ...(item.alsoAcceptable !== undefined ? { alsoAcceptable: item.alsoAcceptable } : {}),
    ...(item.evidence !== undefined ? { evidence: item.evidence } : {}),
  }]);
}

/** Reads coded examples (the shape of gold/topics.dev.json). */
export async function loadExamples(path: string): Promise<CodedExample[]> {
  return loadExamplesSync(path);
}

/** Fills in each example's text from the recommendations it names; returns those found and the count missing. */
export function resolveExamples(
  examples: readonly CodedExample[],
  recommendations: readonly Recommendation[],
): { found: CodedExample[]; missing: number } {
  const byId = new Map(recommendations.map((r) => [`${r.symbol}#${r.paragraph}${r.subparagraph}`, r.text]));
  const found: CodedExample[] = [];
  let missing = 0;
  for (const e of examples) {
    const text = e.text ?? byId.get(`${e.symbol}#${e.paragraph}${e.subparagraph}`);
    if (text === undefined) missing += 1;
    else found.push({ ...e, text });
  }
  return { found, missing };
}

