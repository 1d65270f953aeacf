// Pieces every part of the workbench API uses: errors, spans, regions, review states.
import { z } from 'zod';

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const SpanSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const MessageSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string(),
  ruleId: z.string(),
  place: z.object({
    source: z.string().optional(),
    line: z.number().optional(),
    page: z.number().optional(),
    index: z.number().optional(),
    paragraph: z.number().optional(),
    subparagraph: z.string().optional(),
  }),
  source: z.string().optional(),
});
export type ApiMessage = z.infer<typeof MessageSchema>;

export const ReviewStateSchema = z.enum(['unreviewed', 'reviewed']);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const LinkStrengthSchema = z.enum(['strong', 'partial']);
export const TraceStatusSchema = z.enum(['strong', 'partial', 'not-taken-up']);

export const HealthSchema = z.object({ ok: z.literal(true), version: z.string(), store: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof HealthSchema>;
