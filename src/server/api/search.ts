// Full-text search over a project.
import { z } from 'zod';
import { booleanQuery } from './recommendations.ts';
import { ReviewStateSchema } from './shared.ts';

export const SearchQuerySchema = z.object({
  q: z.string().max(500).default(''),
  region: z.string().optional(),
  section: z.string().optional(),
  topic: z.string().optional(),
  state: ReviewStateSchema.optional(),
  lowConfidence: booleanQuery.optional(),
  /** recommendation: only recommendations; paragraph: only paragraphs; default both. */
  kind: z.enum(['recommendation', 'paragraph']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  kind: z.enum(['recommendation', 'paragraph']),
  /** Recommendation id, or paragraph id within its document. */
  id: z.string(),
  documentId: z.number(),
  citation: z.string(),
  text: z.string(),
  region: z.string().nullable(),
  score: z.number(),
  /** The query terms that matched (for highlighting on the client). */
  terms: z.array(z.string()),
  /** For recommendations: effective topic ids and review state; null for paragraphs. */
  topics: z.array(z.string()).nullable(),
  reviewState: ReviewStateSchema.nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({ total: z.number(), hits: z.array(SearchHitSchema) });
export type SearchResult = z.infer<typeof SearchResultSchema>;
