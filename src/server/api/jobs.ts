// Jobs: heavy work (re-map, export) that runs in a worker thread while the API keeps answering.
// POST starts one (202 {job}); GET polls it; POST …/cancel stops it; an export's files are then downloaded.
import { z } from 'zod';
import { RemapResultSchema } from './remap.ts';
import { ExportFormatSchema } from './trace-view.ts';

export const JobKindSchema = z.enum(['remap', 'export']);
export type JobKind = z.infer<typeof JobKindSchema>;

/** queued: waiting for the job before it (one job of a kind runs at a time); running; then one of the three ends. */
export const JobStateSchema = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobStateSchema>;

export const JobProgressSchema = z.object({
  /** What the job is doing now, in words ("map", "trace", "save", "render mapping.docx"). */
  step: z.string(),
  /** How far the step is, where it is known (recommendations mapped, files rendered). */
  done: z.number().optional(),
  total: z.number().optional(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

export const ExportJobFileSchema = z.object({ name: z.string(), contentType: z.string(), size: z.number() });

export const JobSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  projectId: z.number(),
  state: JobStateSchema,
  progress: JobProgressSchema,
  /** Who started it (team mode), or null. */
  startedBy: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Why it failed, in one line. */
  error: z.string().nullable(),
  /** A finished re-map's answer. */
  remap: RemapResultSchema.optional(),
  /** A finished export: its file and where to download it (GET). */
  export: z.object({ file: ExportJobFileSchema, download: z.string() }).optional(),
});
export type Job = z.infer<typeof JobSchema>;

export const JobReplySchema = z.object({ job: JobSchema });
export type JobReply = z.infer<typeof JobReplySchema>;
export const JobListSchema = z.object({ jobs: z.array(JobSchema) });
export type JobList = z.infer<typeof JobListSchema>;

export const ExportRequestSchema = z.object({
  format: ExportFormatSchema,
  /** final: the edition for circulation (no scores, flags or candidates; a method note). */
  edition: z.enum(['review', 'final']).default('review'),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;
