// The job API: start a re-map or an export (202 {job}), follow it, cancel it, download an
// export's file. Re-maps need an admin (the role table's default for a state-changing route),
// exports any signed-in role; so does cancelling, each job its kind's role (checked here).
import type { Context, Hono } from 'hono';
import { getProject } from '../../store/projects.ts';
import { ExportRequestSchema, RemapRequestSchema } from '../api-types.ts';
import type { Job, JobKind, JobList, JobReply } from '../api-types.ts';
import { authOf } from '../auth/context.ts';
import { roleAllows } from '../auth/roles.ts';
import { ApiError } from '../errors.ts';
import type { Deps } from '../routes/deps.ts';
import { idParam, jsonBody } from '../validate.ts';
import type { JobRunner } from './runner.ts';
import { exportTask, remapTask } from './tasks.ts';
import type { RemapMode } from '../services/remap.ts';
import type { ExportFormat } from '../api-types.ts';
import type { EditionName } from '../../renderers/layout/method-facts.ts';

const signedIn = (c: Context): string | null => {
  const auth = authOf(c);
  return auth.mode === 'team' && auth.user !== null ? auth.user.name : null;
};

/** A re-map of the project, unless one is already queued or running there (409 with it). */
export function startRemap(c: Context, { store, cache, jobs }: Deps & { jobs: JobRunner }, projectId: number, mode: RemapMode): Job {
  const active = jobs.active('remap', projectId);
  if (active !== undefined) throw new ApiError(409, 'conflict', `a re-map of this project is already ${active.state} (job ${active.id}): wait for it or cancel it`, { job: active });
  return jobs.start('remap', projectId, signedIn(c), remapTask(store, cache, projectId, mode));
}

export function startExport(c: Context, { cache, jobs }: Deps & { jobs: JobRunner }, projectId: number, format: ExportFormat, edition: EditionName): Job {
  return jobs.start('export', projectId, signedIn(c), exportTask(cache, projectId, format, edition));
}

/** Waits for a job started on behalf of a request that answers with its result; a failure answers as the job's error would. */
export async function finished(jobs: JobRunner, job: Job): Promise<Job> {
  const { job: ended, cause } = await jobs.wait(job.id);
  if (ended.state === 'done') return ended;
  if (ended.state === 'cancelled') throw new ApiError(409, 'cancelled', `the ${ended.kind} was cancelled (job ${ended.id}); nothing was changed`, { job: ended });
  throw cause ?? new ApiError(500, 'internal', ended.error ?? 'the job failed');
}

const NEEDS: Record<JobKind, 'viewer' | 'admin'> = { remap: 'admin', export: 'viewer' };

export const attachmentName = (project: string, file: string): string => `${project.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60)}-${file}`;

export function registerJobRoutes(api: Hono, deps: Deps & { jobs: JobRunner }): void {
  const { store, jobs } = deps;
  const jobId = (c: Context): string => {
    const raw = c.req.param('jid') ?? '';
    if (!/^[0-9a-f-]{36}$/.test(raw)) throw new ApiError(400, 'validation', `invalid job id "${raw.slice(0, 40)}": expected the id a job was started with`);
    return raw;
  };

  api.post('/projects/:pid/jobs/remap', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    const input = c.req.header('content-type') === undefined ? RemapRequestSchema.parse({}) : await jsonBody(c, RemapRequestSchema);
    return c.json({ job: startRemap(c, deps, pid, input.mode) } satisfies JobReply, 202);
  });

  api.post('/projects/:pid/jobs/export', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    const input = await jsonBody(c, ExportRequestSchema);
    return c.json({ job: startExport(c, deps, pid, input.format, input.edition) } satisfies JobReply, 202);
  });

  api.get('/projects/:pid/jobs', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    return c.json({ jobs: jobs.list(pid) } satisfies JobList);
  });

  api.get('/jobs/:jid', (c) => {
    const id = jobId(c);
    const job = jobs.get(id);
    if (job === undefined) throw new ApiError(404, 'not-found', `no job ${id} (jobs are kept in memory: a restart forgets them)`);
    return c.json({ job } satisfies JobReply);
  });

  api.post('/jobs/:jid/cancel', async (c) => {
    const id = jobId(c);
    const job = jobs.get(id);
    if (job === undefined) throw new ApiError(404, 'not-found', `no job ${id} (jobs are kept in memory: a restart forgets them)`);
    const auth = authOf(c);
    const needed = NEEDS[job.kind];
    if (auth.mode === 'team' && auth.user !== null && !roleAllows(auth.user.role, needed)) {
      throw new ApiError(403, 'forbidden', `${auth.user.name} is a ${auth.user.role} and may not cancel a ${job.kind}: it needs the ${needed} role`);
    }
    return c.json({ job: await jobs.cancel(id) } satisfies JobReply);
  });

  api.get('/jobs/:jid/download', async (c) => {
    const id = jobId(c);
    const file = jobs.file(id);
    const job = jobs.get(id);
    const project = job === undefined ? undefined : await getProject(store, job.projectId).catch(() => undefined);
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${attachmentName(project?.name ?? 'concord', file.name)}"`);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });
}
