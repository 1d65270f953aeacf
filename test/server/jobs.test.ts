// Re-maps and exports as jobs in worker threads, on SQLite and PostgreSQL alike: a re-map job
// saves what `concord build`'s steps give, a cancelled one leaves the store as it was, the API
// answers while one runs, an export job's file downloads, and team mode's roles hold.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { loadMachine } from '../../src/store/machine.ts';
import { addUser } from '../../src/store/users.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { ProjectCache } from '../../src/server/project/state.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import { computeRemap, remapWork, saveRemap } from '../../src/server/services/remap.ts';
import type { ApiError, History, Job, JobList, JobReply, Matrix, Project, RecommendationDetail, RecommendationList } from '../../src/server/api-types.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { client, rid } from './client.ts';

const ENDED = new Set(['done', 'failed', 'cancelled']);

for (const backend of backends) {
  describe(`re-map and export jobs on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let api: ReturnType<typeof client>;
    let pid = 0;

    /** Polls the job until `until` holds (by default: it has ended), noting every step it was seen at. */
    const follow = async (id: string, until: (job: Job) => boolean = (job) => ENDED.has(job.state)): Promise<{ job: Job; steps: string[] }> => {
      const steps: string[] = [];
      for (let i = 0; i < 6000; i++) {
        const { body } = await api.get<JobReply>(`/jobs/${id}`);
        if (steps.at(-1) !== body.job.progress.step) steps.push(body.job.progress.step);
        if (until(body.job)) return { job: body.job, steps };
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`job ${id} never got there`);
    };
    const machineRows = async () => (await loadMachine(store, pid)).map((m) => [m.rec_id, m.topics_json, m.trace_json]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const mappedAt = async () => (await api.get<Project>(`/projects/${pid}`)).body.mappedAt;

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      const imported = await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: 'jobs', outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' });
      pid = imported.projectId;
      api = client(createApp({ store, webRoot: null }).app);
      // One decision, which no re-map may touch.
      const [first] = (await api.get<RecommendationList>(`/projects/${pid}/recommendations`)).body.recommendations;
      const detail = (await api.get<RecommendationDetail>(`/projects/${pid}/recommendations/${rid(first?.id ?? '')}`)).body;
      const topic = detail.topics[0]?.id ?? '';
      assert.equal((await api.post(`/projects/${pid}/recommendations/${rid(detail.id)}/decisions`, { action: 'reject-topic', topic, reviewer: 'Ana', version: detail.version })).status, 201);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('runs a re-map in a worker, step by step, and saves what the map and trace steps give here', async () => {
      const before = await mappedAt();
      const started = await api.post<JobReply>(`/projects/${pid}/jobs/remap`, { mode: 'all' });
      assert.equal(started.status, 202);
      assert.equal(started.body.job.kind, 'remap');
      assert.ok(['queued', 'running'].includes(started.body.job.state));
      const { job, steps } = await follow(started.body.job.id);
      assert.equal(job.state, 'done', job.error ?? '');
      assert.ok(steps.includes('done') && steps.some((step) => step === 'map' || step === 'trace'), steps.join(' > '));
      assert.ok(job.startedAt !== null && job.finishedAt !== null && job.finishedAt >= job.startedAt);
      assert.notEqual(await mappedAt(), before);
      assert.equal(job.remap?.mappedAt, await mappedAt());
      assert.equal(job.remap?.traced, true);
      // The worker ran the same steps as this thread would have: the saved rows are those computed here.
      const state = await new ProjectCache(store).get(pid);
      const here = computeRemap(remapWork(state, 'all'), state.codebook).rows.map((r) => [r.recId, r.topicsJson, r.traceJson]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      assert.deepEqual(await machineRows(), here);
      const listed = (await api.get<JobList>(`/projects/${pid}/jobs`)).body.jobs;
      assert.equal(listed[0]?.id, job.id);
    });

    it('leaves mapped_at, the machine output and the decisions untouched when a re-map is cancelled', async () => {
      const before = { at: await mappedAt(), rows: await machineRows(), history: (await api.get<History>(`/projects/${pid}/history`)).body };
      const started = await api.post<JobReply>(`/projects/${pid}/jobs/remap`, { mode: 'unreviewed-with-decisions' });
      // In the worker: mapping or tracing.
      await follow(started.body.job.id, (job) => job.state === 'running' && ['map', 'trace'].includes(job.progress.step));
      const cancelled = await api.post<JobReply>(`/jobs/${started.body.job.id}/cancel`);
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.job.state, 'cancelled');
      assert.equal((await api.get<JobReply>(`/jobs/${started.body.job.id}`)).body.job.state, 'cancelled');
      assert.equal(await mappedAt(), before.at);
      assert.deepEqual(await machineRows(), before.rows);
      assert.deepEqual((await api.get<History>(`/projects/${pid}/history`)).body, before.history);
      const again = await api.post<ApiError>(`/jobs/${started.body.job.id}/cancel`);
      assert.equal(again.status, 200, 'cancelling a cancelled job changes nothing');
    });

    it('answers a matrix request while a re-map runs, and the next re-map gets a fresh worker', async () => {
      const started = await api.post<JobReply>(`/projects/${pid}/jobs/remap`, { mode: 'all' });
      await follow(started.body.job.id, (job) => job.state === 'running' && job.progress.step !== 'prepare');
      const matrix = await api.get<Matrix>(`/projects/${pid}/matrix`);
      assert.equal(matrix.status, 200);
      assert.equal((await api.get<JobReply>(`/jobs/${started.body.job.id}`)).body.job.state, 'running', 'the matrix was answered before the re-map ended');
      const second = await api.post<ApiError>(`/projects/${pid}/jobs/remap`, { mode: 'all' });
      assert.equal(second.status, 409, 'one re-map of a project at a time');
      assert.equal((await follow(started.body.job.id)).job.state, 'done');
    });

    it('exports in a worker, and the download is the file the export route gives', async () => {
      const started = await api.post<JobReply>(`/projects/${pid}/jobs/export`, { format: 'csv' });
      assert.equal(started.status, 202);
      const { job } = await follow(started.body.job.id);
      assert.equal(job.state, 'done', job.error ?? '');
      assert.equal(job.export?.download, `/api/jobs/${job.id}/download`);
      const download = await api.get<Uint8Array>(`/jobs/${job.id}/download`);
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition') ?? '', /attachment; filename="jobs-.+\.csv"/);
      assert.equal(job.export?.file.size, download.body.byteLength);
      const direct = await api.get<Uint8Array>(`/projects/${pid}/export/csv`);
      assert.deepEqual(Buffer.from(download.body), Buffer.from(direct.body));
      const remapJob = (await api.get<JobList>(`/projects/${pid}/jobs`)).body.jobs.find((j) => j.kind === 'remap');
      assert.equal((await api.get<ApiError>(`/jobs/${remapJob?.id ?? ''}/download`)).status, 404, 'a re-map has nothing to download');
      assert.equal((await api.get<ApiError>('/jobs/not-a-job/download')).status, 400);
      assert.equal((await api.post<ApiError>(`/projects/${pid}/jobs/export`, { format: 'exe' })).status, 400);
    });

    it('saves no re-map computed on a project whose documents changed meanwhile', async () => {
      const cache = new ProjectCache(store);
      const state = await cache.get(pid);
      const work = remapWork(state, 'all');
      const output = computeRemap(work, state.codebook);
      const before = { at: await mappedAt(), rows: await machineRows() };
      const form = new FormData();
      form.append('file', new Blob([readFileSync(corpusPath('congress-report.txt'))]), 'congress-report.txt');
      form.append('symbol', 'A/CONF.234/16');
      assert.equal((await api.send('POST', `/projects/${pid}/outcome`, { form })).status, 201);
      await assert.rejects(saveRemap(store, cache, state, work, output), /changed while it was being re-mapped .*nothing was saved/);
      assert.equal(await mappedAt(), before.at);
      assert.deepEqual(await machineRows(), before.rows);
    });

    it('lets a viewer export but not re-map or cancel a re-map in team mode (403)', async () => {
      await addUser(store, 'Amina', 'admin', await hashPassword('admin password 1'));
      await addUser(store, 'Vera', 'viewer', await hashPassword('viewer password 3'));
      const signIn = async (name: string, password: string): Promise<Record<string, string>> => {
        const reply = await api.send('POST', '/login', { json: { name, password } });
        assert.equal(reply.status, 200);
        return { cookie: (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
      };
      const vera = await signIn('Vera', 'viewer password 3');
      const amina = await signIn('Amina', 'admin password 1');
      const refused = await api.send<ApiError>('POST', `/projects/${pid}/jobs/remap`, { json: { mode: 'all' }, headers: vera });
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /Vera is a viewer/);
      assert.equal((await api.send('POST', `/projects/${pid}/remap`, { json: { mode: 'all' }, headers: vera })).status, 403);
      const exported = await api.send<JobReply>('POST', `/projects/${pid}/jobs/export`, { json: { format: 'review-log' }, headers: vera });
      assert.equal(exported.status, 202);
      assert.equal(exported.body.job.startedBy, 'Vera');
      const remapping = await api.send<JobReply>('POST', `/projects/${pid}/jobs/remap`, { json: { mode: 'all' }, headers: amina });
      assert.equal(remapping.status, 202);
      assert.equal((await api.send('POST', `/jobs/${remapping.body.job.id}/cancel`, { headers: vera })).status, 403);
      assert.equal((await api.send<JobReply>('POST', `/jobs/${remapping.body.job.id}/cancel`, { headers: amina })).body.job.state, 'cancelled');
      assert.equal((await api.send('GET', `/jobs/${exported.body.job.id}`)).status, 401, 'without a session');
    });
  });
}
