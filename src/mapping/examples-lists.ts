// Coded examples from what analysts already have: an OHCHR thematic list (.docx) and an earlier
// Concord export (mapping.json of `build`, or `map --json`). Labels are matched to the codebook's
// topics (label or alias, per facet), else through a crosswalk from an earlier edition of the
// taxonomy; a label neither knows is reported once, with the first place it stands.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { InputError } from '../model/errors.ts';
import type { Message } from '../model/types.ts';
import type { Crosswalk } from './crosswalk.ts';
import { readThematicList } from './examples-thematic-list.ts';
import { labelIndex } from './label-match.ts';
import type { Codebook } from './types.ts';

/** What an examples file gives per recommendation (see load-examples.ts). */
export interface ListExampleItem {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly text: string;
  readonly topics: string[];
}

export interface ListExamples {
  readonly items: ListExampleItem[];
  readonly messages: Message[];
}

/** The facet of a persons column: the codebook's first facet besides the main one. */
const personsFacet = (codebook: Codebook): string | undefined => labelIndex(codebook).facets[0];

export function readThematicListExamples(file: string, codebook: Codebook | undefined, crosswalks: readonly Crosswalk[]): ListExamples {
  if (codebook === undefined) throw new InputError(file, 'a thematic list is read against a codebook (its labels are matched to the topics): give --codebook');
  const rows = readThematicList(file);
  const index = labelIndex(codebook);
  const persons = personsFacet(codebook);
  const unmapped = new Map<string, { facet: string; row: number; paragraph: number; subparagraph: string; count: number }>();
  const resolve = (label: string, facet: string | undefined, row: (typeof rows)[number]): string[] => {
    const direct = index.find(label, facet);
    if (direct !== undefined) return [direct];
    for (const crosswalk of crosswalks) {
      const mapped = crosswalk.map(label, facet);
      if (mapped !== undefined) return [...mapped];
    }
    // "A12 Acceptance of international norms": an old coded label whose wording is still a label.
    const uncoded = label.replace(/^[A-Z]\d+\s+/, '');
    const later = uncoded === label ? undefined : index.find(uncoded, facet);
    if (later !== undefined) return [later];
    const key = `${facet ?? ''}\u0000${label}`;
    const known = unmapped.get(key);
    if (known !== undefined) known.count += 1;
    else unmapped.set(key, { facet: facet ?? 'themes', row: row.row, paragraph: row.paragraph, subparagraph: row.subparagraph, count: 1 });
    return [];
  };
  const items = rows.map((row) => {
    const topics = [...row.themes.flatMap((l) => resolve(l, undefined, row)), ...(persons === undefined ? [] : row.persons.flatMap((l) => resolve(l, persons, row)))];
    return { symbol: row.symbol, paragraph: row.paragraph, subparagraph: row.subparagraph, text: row.text, topics: [...new Set(topics)] };
  });
  const via = crosswalks.length === 0 ? '' : ` or through ${crosswalks.map((c) => c.source).join(', ')}`;
  const messages: Message[] = [...unmapped].map(([key, u]) => ({
    severity: 'warning',
    ruleId: 'examples:label-unmapped',
    reason: `${u.facet === 'themes' ? 'theme' : u.facet} label "${key.split('\u0000')[1] ?? ''}" (row ${u.row}, ${u.paragraph}${u.subparagraph}${u.count > 1 ? `, and ${u.count - 1} more rows` : ''}) is no topic of codebook ${codebook.id}${via}; it is left out of those examples`,
    place: { source: file, index: u.row, paragraph: u.paragraph, subparagraph: u.subparagraph },
    source: file,
  }));
  return { items: items.filter((i) => i.topics.length > 0), messages };
}

const require = createRequire(import.meta.url);

// zod is loaded when an export is read as examples, not by every run.
function buildExportSchemas(z: typeof Zod) {
  const exportSchema = z.object({
    codebook: z.object({ id: z.string() }).optional(),
    recommendations: z.array(z.unknown()).optional(),
    documents: z.array(z.object({ recommendations: z.array(z.unknown()).optional() })).optional(),
  });
  const exportedRecommendation = z.object({
    symbol: z.string().min(1),
    paragraph: z.number().int(),
    subparagraph: z.string(),
    text: z.string(),
    topics: z.array(z.object({ id: z.string(), label: z.string().optional(), lowConfidence: z.boolean().optional() })),
  });
  return { exportSchema, exportedRecommendation };
}
let schemas: ReturnType<typeof buildExportSchemas> | undefined;

/** True when parsed JSON is a Concord export rather than an examples file. */
export function isConcordExport(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !('items' in data) && ('recommendations' in data || 'documents' in data);
}

/**
 * A Concord export's topics as examples (the confident ones: a low-confidence guess teaches
 * nothing). Topics are taken by id when the export used the same codebook, else by label.
 */
export function exportExamples(file: string, data: unknown, codebook: Codebook | undefined): ListExamples {
  schemas ??= buildExportSchemas((require('zod') as { z: typeof Zod }).z);
  const { exportSchema, exportedRecommendation } = schemas;
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) throw new InputError(file, 'not a Concord export (expected "recommendations" or "documents" with recommendations and their topics)');
  const raw = parsed.data.recommendations ?? (parsed.data.documents ?? []).flatMap((d) => d.recommendations ?? []);
  const sameCodebook = codebook === undefined || parsed.data.codebook?.id === codebook.id;
  const index = codebook === undefined ? undefined : labelIndex(codebook);
  const known = new Set(codebook?.sections.flatMap((s) => s.topics.map((t) => t.id)) ?? []);
  const messages: Message[] = [];
  const items = raw.flatMap((entry, i) => {
    const rec = exportedRecommendation.safeParse(entry);
    if (!rec.success) {
      const issue = rec.error.issues[0];
      throw new InputError(file, `recommendation ${i + 1} of the export: ${issue?.message ?? 'invalid'} at ${issue?.path.join('.') ?? ''}`);
    }
    const topics = rec.data.topics.filter((t) => t.lowConfidence !== true).flatMap((t) => {
      if (sameCodebook && (codebook === undefined || known.has(t.id))) return [t.id];
      const id = t.label === undefined ? undefined : index?.find(t.label) ?? index?.find(t.label, index.facets[0]);
      if (id === undefined) {
        messages.push({ severity: 'warning', ruleId: 'examples:label-unmapped', reason: `topic ${t.id} "${t.label ?? ''}" of recommendation ${i + 1} is no topic of codebook ${codebook?.id ?? ''}; it is left out`, place: { source: file, index: i + 1 }, source: file });
      }
      return id === undefined ? [] : [id];
    });
    return topics.length === 0 ? [] : [{ symbol: rec.data.symbol, paragraph: rec.data.paragraph, subparagraph: rec.data.subparagraph, text: rec.data.text, topics }];
  });
  if (raw.length === 0) throw new InputError(file, 'is a Concord export without recommendations');
  return { items, messages };
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, 'cannot read the examples file as JSON (expected { "items": [ { "symbol", "paragraph", "subparagraph", "topics" and/or "links" } ] }, or a Concord mapping.json)', { cause: error });
  }
}
