// Coded examples (analysts' or reviewers' decisions) read from JSON: the shape of
// gold/topics.dev.json, `{ items: [ { symbol, paragraph, subparagraph, topics, … } ] }`.
// The same file may code links into an outcome document (`links`, the shape of
// gold/trace.dev.json); tracing takes those (src/tracing/coded-traces.ts) from the same items.
// Also read: a REFI-QDA project (.qdpx), an OHCHR thematic list (.docx), an earlier Concord
// export (mapping.json), with crosswalks (.yaml) for labels of an earlier taxonomy.
// zod is loaded when an examples file is read, not by every run.
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { recommendationId } from '../model/citation.ts';
import { InputError } from '../model/errors.ts';
import type { Message, Recommendation } from '../model/types.ts';
import { loadCrosswalk, shippedCrosswalks } from './crosswalk.ts';
import { exportExamples, isConcordExport, readJson, readThematicListExamples } from './examples-lists.ts';
import { readQdpxExampleItems } from './examples-qdpx.ts';
import type { Codebook, CodedExample } from './types.ts';

const require = createRequire(import.meta.url);

const exampleSchemaOf = (z: typeof Zod) => z.object({
  symbol: z.string().min(1),
  paragraph: z.number().int(),
  subparagraph: z.string(),
  text: z.string().optional(),
  topics: z.array(z.string()).optional(),
  links: z.array(z.object({ para: z.number().int().positive(), strength: z.enum(['strong', 'partial']) })).optional(),
  alsoAcceptable: z.array(z.string()).optional(),
  evidence: z.record(z.string(), z.array(z.string())).optional(),
}).refine((item) => item.topics !== undefined || item.links !== undefined, { message: 'an item codes "topics" or "links" (or both)' });

/** One coded recommendation as an examples file gives it: its topics, its links into an outcome, or both. */
export type ExampleItem = Zod.infer<ReturnType<typeof exampleSchemaOf>>;

function examplesFile(path: string, data: unknown): ExampleItem[] {
  const { z } = require('zod') as { z: typeof Zod };
  const exampleSchema = exampleSchemaOf(z);
  const parsed = (Array.isArray(data) ? z.array(exampleSchema) : z.object({ items: z.array(exampleSchema) })).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, `not an examples file: ${issue?.message ?? 'invalid'} at ${issue?.path.join('.') ?? ''}`);
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.items;
}

/** Coded items of every examples file given, and what the reading noticed (labels it could not map). */
export interface ReadExamples {
  readonly items: ExampleItem[];
  readonly messages: Message[];
}

/**
 * Reads examples files once, in order: `{ items: [...] }` or a bare array (each item checked; a
 * wrong item is reported at its own path), a REFI-QDA project (.qdpx), an OHCHR thematic list
 * (.docx), a Concord export (mapping.json). A .yaml among them is a crosswalk for the others'
 * labels, tried before the crosswalks shipped for the codebook. Mapping takes the topics, tracing the links.
 */
export function readExamples(paths: string | readonly string[], codebook?: Codebook): ReadExamples {
  const files = typeof paths === 'string' ? [paths] : [...paths];
  const given = files.filter((f) => /\.ya?ml$/i.test(f));
  const crosswalks = codebook === undefined ? [] : [...given.map((f) => loadCrosswalk(f, codebook)), ...shippedCrosswalks(codebook)];
  if (given.length > 0 && codebook === undefined) throw new InputError(given[0] ?? '', 'a crosswalk needs the codebook its labels map onto');
  const items: ExampleItem[] = [];
  const messages: Message[] = [];
  for (const path of files.filter((f) => !given.includes(f))) {
    // A REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder, or Concord's own export): its codes are matched to the codebook's topics.
    if (/\.qdpx$/i.test(path)) { items.push(...readQdpxExampleItems(path, codebook)); continue; }
    if (/\.docx$/i.test(path)) {
      const list = readThematicListExamples(path, codebook, crosswalks);
      items.push(...list.items);
      messages.push(...list.messages);
      continue;
    }
    const data = readJson(path);
    if (isConcordExport(data)) {
      const exported = exportExamples(path, data, codebook);
      items.push(...exported.items);
      messages.push(...exported.messages);
    } else items.push(...examplesFile(path, data));
  }
  return { items, messages };
}

/** Reads one examples file's items (see readExamples), without its messages. */
export function readExampleItems(path: string, codebook?: Codebook): ExampleItem[] {
  return readExamples(path, codebook).items;
}

/** The items that code topics, as the mapper's examples. */
export function topicExamples(items: readonly ExampleItem[]): CodedExample[] {
  return items.flatMap(({ topics, ...item }) => topics === undefined ? [] : [{
    symbol: item.symbol, paragraph: item.paragraph, subparagraph: item.subparagraph,
    topics,
    ...(item.text !== undefined ? { text: item.text } : {}),
    ...(item.alsoAcceptable !== undefined ? { alsoAcceptable: item.alsoAcceptable } : {}),
    ...(item.evidence !== undefined ? { evidence: item.evidence } : {}),
  }]);
}

/** Reads coded examples: `{ items: [...] }` (the shape of gold/topics.dev.json) or a bare array. */
export function loadExamplesSync(path: string, codebook?: Codebook): CodedExample[] {
  return topicExamples(readExampleItems(path, codebook));
}

/** Reads coded examples (the shape of gold/topics.dev.json). */
export async function loadExamples(path: string, codebook?: Codebook): Promise<CodedExample[]> {
  return loadExamplesSync(path, codebook);
}

/** Fills in each coded item's text from the recommendation it names; returns those found and the count missing. */
export function resolveTexts<T extends { readonly symbol: string; readonly paragraph: number; readonly subparagraph: string; readonly text?: string }>(
  items: readonly T[],
  recommendations: readonly Recommendation[],
): { found: (T & { readonly text: string })[]; missing: number } {
  const byId = new Map(recommendations.map((r) => [recommendationId(r.symbol, r.paragraph, r.subparagraph), r.text]));
  const found: (T & { readonly text: string })[] = [];
  for (const item of items) {
    const text = item.text ?? byId.get(recommendationId(item.symbol, item.paragraph, item.subparagraph));
    if (text !== undefined) found.push({ ...item, text });
  }
  return { found, missing: items.length - found.length };
}

/** Fills in each example's text from the recommendations it names; returns those found and the count missing. */
export function resolveExamples(examples: readonly CodedExample[], recommendations: readonly Recommendation[]): { found: CodedExample[]; missing: number } {
  return resolveTexts(examples, recommendations);
}
