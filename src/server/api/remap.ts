// Re-mapping a project, and where the machine now disagrees with reviewers.
import { z } from 'zod';

export const RemapRequestSchema = z.object({
  /**
   * all: map every recommendation again (new codebook, new documents) and trace if an outcome exists;
   * unreviewed-with-decisions: reviewers' decisions become coded examples, only unreviewed recommendations are re-mapped.
   * Either way no reviewer decision is ever changed.
   */
  mode: z.enum(['all', 'unreviewed-with-decisions']).default('all'),
});
export type RemapRequest = z.input<typeof RemapRequestSchema>;

/** A reviewer's decision, taken before the latest mapping, that the machine's latest output contradicts. */
export const DisagreementSchema = z.object({
  recommendationId: z.string(),
  citation: z.string(),
  kind: z.enum(['topic', 'link']),
  /** Topic id or outcome paragraph number (as a string). */
  target: z.string(),
  /** What the reviewer decided. */
  decision: z.enum(['accepted', 'added', 'rejected', 'link-added', 'link-removed', 'link-strength']),
  /** What the machine now says. */
  machine: z.enum(['not-proposed', 'proposed', 'not-linked', 'linked-strong', 'linked-partial']),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const DisagreementListSchema = z.object({ disagreements: z.array(DisagreementSchema) });
export type DisagreementList = z.infer<typeof DisagreementListSchema>;

export const RemapResultSchema = z.object({
  mode: z.enum(['all', 'unreviewed-with-decisions']),
  mapped: z.number(),
  traced: z.boolean(),
  examplesUsed: z.number(),
  /** Recommendations whose reviewed links served the tracing as precedents. */
  linkExamplesUsed: z.number(),
  disagreements: z.array(DisagreementSchema),
  mappedAt: z.string(),
});
export type RemapResult = z.infer<typeof RemapResultSchema>;
