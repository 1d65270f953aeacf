// The trace view: coverage and what each outcome paragraph reflects.
import { z } from 'zod';
import { LinkStrengthSchema } from './shared.ts';

export const CoverageRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number(),
  strong: z.number(),
  partial: z.number(),
  notTakenUp: z.number(),
  notTakenUpIds: z.array(z.string()),
});

export const TraceViewSchema = z.object({
  outcome: z.object({ symbol: z.string(), title: z.string() }),
  coverage: z.object({ byRegion: z.array(CoverageRowSchema), byTopic: z.array(CoverageRowSchema) }),
  notTakenUp: z.array(z.object({ id: z.string(), citation: z.string(), region: z.string().nullable(), text: z.string() })),
  paragraphs: z.array(
    z.object({
      number: z.number(),
      /** 'preamble' for a preambular paragraph (numbered within the preamble); absent for an operative one. */
      part: z.enum(['preamble', 'operative']).optional(),
      citation: z.string(),
      text: z.string(),
      headings: z.array(z.string()),
      topics: z.array(z.string()),
      reverse: z.array(
        z.object({
          recommendationId: z.string(),
          citation: z.string(),
          region: z.string().nullable(),
          strength: LinkStrengthSchema,
          score: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type TraceView = z.infer<typeof TraceViewSchema>;

export const EXPORT_FORMATS = ['docx', 'xlsx', 'html', 'csv', 'json', 'md', 'qdpx', 'akn', 'review-log'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
