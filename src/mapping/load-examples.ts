// Coded examples (analysts' or reviewers' decisions) read from JSON: the shape of
// gold/topics.dev.json, `{ items: [ { symbol, paragraph, subparagraph, topics, … } ] }`.
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
  topics: z.array(z.string()),
  alsoAcceptable: z.array(z.string()).optional(),
  evidence: z.record(z.string(), z.array(z.string())).optional(),
});
const examplesFileSchema = z.union([z.object({ items: z.array(exampleSchema) }), z.array(exampleSchema)]);

/** Reads coded examples: `{ items: [...] }` (the shape of gold/topics.dev.json) or a bare array. */
export function loadExamplesSync(path: string): CodedExample[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, 'cannot read the examples file as JSON (expected { "items": [ { "symbol", "paragraph", "subparagraph", "topics" } ] })', { cause: error });
  }
  const parsed = examplesFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, `not an examples file: ${issue?.message ?? 'invalid'} at ${issue?.path.join('.') ?? ''}`);
  }
  const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.items;
  return items.map((item) => ({
    symbol: item.symbol, paragraph: item.paragraph, subparagraph: item.subparagraph,
    topics: item.topics,
    ...(item.text !== undefined ? { text: item.text } : {}),
    ...(item.alsoAcceptable !== undefined ? { alsoAcceptable: item.alsoAcceptable } : {}),
    ...(item.evidence !== undefined ? { evidence: item.evidence } : {}),
  }));
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

