// Projects: create, list, show.
import { z } from 'zod';

export const ProjectNameSchema = z.string().trim().min(1).max(120);

export const CreateProjectSchema = z.object({
  name: ProjectNameSchema,
  /** Shipped codebook name; default "crime-congress-14". */
  codebook: z.string().trim().min(1).max(120).optional(),
});
export type CreateProject = z.infer<typeof CreateProjectSchema>;

export const ProjectSchema = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When mapping last ran; null before the first run. */
  mappedAt: z.string().nullable(),
  codebook: z.object({ kind: z.enum(['shipped', 'yaml']), name: z.string() }),
  documentCount: z.number(),
  recommendationCount: z.number(),
  reviewedCount: z.number(),
  hasOutcome: z.boolean(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectListSchema = z.object({ projects: z.array(ProjectSchema) });
export type ProjectList = z.infer<typeof ProjectListSchema>;
