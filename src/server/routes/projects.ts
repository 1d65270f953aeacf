// Projects, their codebook, outcome document, re-map, history and exports.
import type { Hono } from 'hono';
import { DEFAULT_CODEBOOK } from '../../mapping/load-codebook.ts';
import { exclusionOf } from '../../pipeline/summarize.ts';
import { createProject, deleteProject, getProject, listProjects, setCodebook } from '../../store/projects.ts';
import type { CodebookChoice } from '../../store/projects.ts';
import type { ProjectRow } from '../../store/schema.ts';
import { CreateProjectSchema, ExportFormatSchema, HistoryQuerySchema, RemapRequestSchema, SetCodebookSchema } from '../api-types.ts';
import type { CodebookView, History, OutcomeView, Project } from '../api-types.ts';
import { ApiError } from '../errors.ts';
import { loadProjectCodebook } from '../project/codebook.ts';
import type { ProjectState } from '../project/state.ts';
import { addDocument } from '../services/add-document.ts';
import { allDisagreements } from '../services/remap.ts';
import { attachmentName, finished, startExport, startRemap } from '../jobs/routes.ts';
import { idParam, jsonBody, query, uploadedFile } from '../validate.ts';
import { auditEvent } from '../views/recommendation.ts';
import { isReviewed } from '../review/effective.ts';
import type { Deps } from './deps.ts';

export function projectView(state: ProjectState): Project {
  const p: ProjectRow = state.project;
  let reviewed = 0;
  for (const entry of state.recs.values()) if (isReviewed(entry.machineTopics, state.reviews.get(entry.rec.id))) reviewed += 1;
  return {
    id: p.id,
    name: p.name,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    mappedAt: p.mapped_at,
    codebook: { kind: p.codebook_kind === 'yaml' ? 'yaml' : 'shipped', name: p.codebook_name },
    // Reports of regional meetings; a file read but not a report (e.g. the snapshot) is listed, not counted.
    documentCount: state.reports.filter((d) => exclusionOf(d.model) === undefined).length,
    recommendationCount: state.recs.size,
    reviewedCount: reviewed,
    hasOutcome: state.outcomeDocument !== null,
  };
}

export function codebookView(state: ProjectState): CodebookView {
  const { codebook, project } = state;
  return {
    source: { kind: project.codebook_kind === 'yaml' ? 'yaml' : 'shipped', name: project.codebook_name },
    codebook: {
      id: codebook.id,
      title: codebook.title,
      ...(codebook.version === undefined ? {} : { version: codebook.version }),
      sections: codebook.sections.map((s) => ({
        id: s.id,
        title: s.title,
        covers: s.covers,
        topics: s.topics.map((t) => ({ id: t.id, label: t.label, description: t.description })),
      })),
    },
  };
}

function outcomeView(state: ProjectState): OutcomeView {
  const document = state.outcomeDocument;
  if (document === null) throw new ApiError(404, 'not-found', 'the project has no outcome document');
  return {
    name: document.row.name,
    symbol: state.outcome?.symbol ?? document.model.symbol,
    symbolProvisional: document.model.symbolProvisional,
    title: state.outcome?.title ?? document.model.title,
    size: document.row.size,
    createdAt: document.row.created_at,
    messages: document.model.messages.map((m) => ({ ...m, place: { ...m.place } })),
  };
}

/** Shipped name or YAML text, checked by loading it before anything is stored. */
async function codebookChoice(input: { name: string } | { yaml: string }): Promise<CodebookChoice> {
  const choice: CodebookChoice = 'name' in input ? { kind: 'shipped', name: input.name } : { kind: 'yaml', name: 'uploaded', yaml: input.yaml };
  const codebook = await loadProjectCodebook(choice);
  return choice.kind === 'yaml' ? { ...choice, name: codebook.id } : choice;
}

export function registerProjectRoutes(api: Hono, deps: Deps): void {
  const { store, cache, jobs } = deps;
  api.get('/projects', async (c) => {
    const rows = await listProjects(store);
    const projects = await Promise.all(rows.map(async (row) => projectView(await cache.get(row.id))));
    return c.json({ projects });
  });

  api.post('/projects', async (c) => {
    const input = await jsonBody(c, CreateProjectSchema);
    const choice = await codebookChoice({ name: input.codebook ?? DEFAULT_CODEBOOK });
    const row = await createProject(store, input.name, choice);
    return c.json(projectView(await cache.get(row.id)), 201);
  });

  api.get('/projects/:pid', async (c) => c.json(projectView(await cache.get(idParam(c, 'pid')))));

  api.delete('/projects/:pid', async (c) => {
    const pid = idParam(c, 'pid');
    await deleteProject(store, pid);
    cache.forget(pid);
    return c.body(null, 204);
  });

  api.get('/projects/:pid/codebook', async (c) => c.json(codebookView(await cache.get(idParam(c, 'pid')))));

  api.put('/projects/:pid/codebook', async (c) => {
    const pid = idParam(c, 'pid');
    const project = await getProject(store, pid);
    const input = await jsonBody(c, SetCodebookSchema);
    // The name of the codebook uploaded into this project keeps it; any other name must be shipped.
    const kept = 'name' in input && project.codebook_kind === 'yaml' && project.codebook_name === input.name && project.codebook_yaml !== null;
    const choice = kept ? { kind: 'yaml' as const, name: project.codebook_name, yaml: project.codebook_yaml ?? '' } : await codebookChoice(input);
    await setCodebook(store, pid, choice);
    return c.json(codebookView(await cache.get(pid)));
  });

  api.get('/projects/:pid/outcome', async (c) => c.json(outcomeView(await cache.get(idParam(c, 'pid')))));

  api.post('/projects/:pid/outcome', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    const file = await uploadedFile(c);
    await addDocument(store, pid, file.name, file.bytes, { role: 'outcome', symbol: file.symbol });
    return c.json(outcomeView(await cache.get(pid)), 201);
  });

  api.post('/projects/:pid/remap', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    // An empty body means the default mode.
    const input = c.req.header('content-type') === undefined ? RemapRequestSchema.parse({}) : await jsonBody(c, RemapRequestSchema);
    // A re-map job (map and trace in a worker thread) that this request waits for.
    const job = await finished(jobs, startRemap(c, deps, pid, input.mode));
    if (job.remap === undefined) throw new ApiError(500, 'internal', 'the re-map gave no result');
    return c.json(job.remap);
  });

  api.get('/projects/:pid/disagreements', async (c) => c.json({ disagreements: allDisagreements(await cache.get(idParam(c, 'pid'))) }));

  api.get('/projects/:pid/history', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const { limit, offset } = query(c, HistoryQuerySchema);
    const events = [...state.reviews.values()].flatMap((r) => r.events).sort((a, b) => b.seq - a.seq);
    const body: History = { total: events.length, events: events.slice(offset, offset + limit).map((e) => auditEvent(e, state.reviews.get(e.rec_id))) };
    return c.json(body);
  });

  api.get('/projects/:pid/export/:format', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const format = ExportFormatSchema.safeParse(c.req.param('format'));
    if (!format.success) throw new ApiError(404, 'not-found', `unknown export format "${c.req.param('format').slice(0, 20)}": use one of ${ExportFormatSchema.options.join(', ')}`);
    // ?edition=final: the edition for circulation (no scores, flags or candidates; a method note).
    const edition = c.req.query('edition') ?? 'review';
    if (edition !== 'review' && edition !== 'final') throw new ApiError(400, 'validation', `unknown edition "${edition.slice(0, 20)}": use review or final`);
    // An export job (rendered in a worker thread) that this request waits for.
    const job = await finished(jobs, startExport(c, deps, state.project.id, format.data, edition));
    const file = jobs.file(job.id);
    jobs.release(job.id);
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${attachmentName(state.project.name, file.name)}"`);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });
}
