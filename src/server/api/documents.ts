// Documents of a project: uploads, lists, the document view.
import { z } from 'zod';
import { MessageSchema, ReviewStateSchema, SpanSchema, TraceStatusSchema } from './shared.ts';

export const DocumentSummarySchema = z.object({
  id: z.number(),
  /** The uploaded file's name, for display only (never used as a path). */
  name: z.string(),
  format: z.enum(['txt', 'docx', 'pdf']),
  symbol: z.string(),
  symbolProvisional: z.boolean(),
  title: z.string(),
  kind: z.string(),
  region: z.string().nullable(),
  size: z.number(),
  recommendationCount: z.number(),
  messageCount: z.number(),
  createdAt: z.string(),
  /** Read, but not a report of a regional meeting (no recommendations, or the Congress report): why, as `concord build` says. */
  excluded: z.string().optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentList = z.infer<typeof DocumentListSchema>;

export const UploadResultSchema = z.object({
  document: DocumentSummarySchema,
  messages: z.array(MessageSchema),
  /** True when a document with the same symbol was replaced. */
  replaced: z.boolean(),
});
export type UploadResult = z.infer<typeof UploadResultSchema>;

export const EffectiveTopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  section: z.string(),
  /** machine: proposed by mapping and not decided; accepted: machine proposal a reviewer accepted; added: reviewer added. */
  status: z.enum(['proposed', 'accepted', 'added']),
  score: z.number().nullable(),
  lowConfidence: z.boolean(),
  evidence: z.array(SpanSchema),
});
export type EffectiveTopic = z.infer<typeof EffectiveTopicSchema>;

export const RecommendationSummarySchema = z.object({
  id: z.string(),
  documentId: z.number(),
  symbol: z.string(),
  paragraph: z.number(),
  subparagraph: z.string(),
  citation: z.string(),
  region: z.string().nullable(),
  section: z.array(z.string()),
  leadIn: z.string(),
  text: z.string(),
  topics: z.array(EffectiveTopicSchema),
  reviewState: ReviewStateSchema,
  lowConfidence: z.boolean(),
  /** Effective trace status (after review), null when no outcome. */
  traceStatus: TraceStatusSchema.nullable(),
});
export type RecommendationSummary = z.infer<typeof RecommendationSummarySchema>;

export const DocumentViewSchema = z.object({
  document: DocumentSummarySchema,
  headings: z.array(z.object({ id: z.string(), level: z.number(), text: z.string(), role: z.string() })),
  paragraphs: z.array(
    z.object({
      id: z.string(),
      number: z.number().nullable(),
      text: z.string(),
      citation: z.string().nullable(),
      section: z.array(z.string()),
      headingId: z.string().nullable(),
      items: z.array(z.object({ label: z.string(), text: z.string(), citation: z.string() })),
      footnotes: z.array(z.object({ marker: z.string(), offset: z.number() })),
    }),
  ),
  footnotes: z.array(z.object({ marker: z.string(), text: z.string() })),
  recommendations: z.array(RecommendationSummarySchema),
  messages: z.array(MessageSchema),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;
