// The matrix and narrative views (topics x regions).
import { z } from 'zod';
import { ReviewStateSchema, SpanSchema } from './shared.ts';

/** Both views list the codebook's sections, each with its topics; they differ in what a topic holds. */
const sectionsOf = <T extends z.ZodType>(topic: T) => z.array(z.object({ id: z.string(), title: z.string(), topics: z.array(topic) }));

export const MatrixSchema = z.object({
  regions: z.array(z.string()),
  sections: sectionsOf(
    z.object({
      id: z.string(),
      label: z.string(),
      total: z.number(),
      cells: z.array(z.object({ region: z.string(), count: z.number(), recommendationIds: z.array(z.string()) })),
    }),
  ),
  /** Recommendations with no effective topic. */
  unassigned: z.array(z.string()),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const NarrativeQuerySchema = z.object({
  topic: z.string().optional(),
  region: z.string().optional(),
  section: z.string().optional(),
});

export const NarrativeEntrySchema = z.object({
  id: z.string(),
  citation: z.string(),
  leadIn: z.string(),
  text: z.string(),
  evidence: z.array(SpanSchema),
  status: z.enum(['proposed', 'accepted', 'added']),
  reviewState: ReviewStateSchema,
});
export const NarrativeSchema = z.object({
  sections: sectionsOf(
    z.object({
      id: z.string(),
      label: z.string(),
      regions: z.array(z.object({ region: z.string(), recommendations: z.array(NarrativeEntrySchema) })),
    }),
  ),
});
export type Narrative = z.infer<typeof NarrativeSchema>;
