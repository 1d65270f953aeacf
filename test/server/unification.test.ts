// One way through: for the bundled corpus, an unreviewed workbench project and `concord build`
// give the same mapping.json, and the workbench's matrix and trace answers count what it holds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildRun } from '../../src/pipeline/run.ts';
import type { MappingRun } from '../../src/pipeline/types.ts';
import { renderJson } from '../../src/renderers/json/index.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import type { Matrix, TraceView } from '../../src/server/api-types.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { client } from './client.ts';

const FOLDER = sharedPath('corpus', 'crime-congress-14');
const OUTCOME = { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' };

/** What both sides must agree on, per recommendation: its topics and its trace. */
const answers = (run: MappingRun) =>
  new Map(
    run.recommendations.map((r) => [
      r.id,
      {
        citation: r.citation,
        region: r.region,
        topics: r.topics.map((t) => ({ id: t.id, score: t.score, lowConfidence: t.lowConfidence, evidence: t.evidence.map((s) => s.text) })),
        status: r.trace?.status,
        links: (r.trace?.links ?? []).map((l) => `${l.paragraph}:${l.strength}:${l.score}`),
      },
    ]),
  );

describe('an unreviewed workbench project of the bundled corpus and concord build', () => {
  let dir = '';
  let store: Store;
  let built: MappingRun;
  let exported: MappingRun;
  let matrix: Matrix;
  let trace: TraceView;
  let app: ReturnType<typeof createApp>['app'];
  let pid = 0;

  before(async () => {
    built = JSON.parse(renderJson(await buildRun([FOLDER], OUTCOME))) as MappingRun;
    dir = mkdtempSync(join(tmpdir(), 'concord-one-way-'));
    store = await openStore(join(dir, 'project.sqlite'));
    const { projectId } = await importFolder(store, FOLDER, { project: 'Kyoto 2021', ...OUTCOME });
    app = createApp({ store, webRoot: null }).app;
    pid = projectId;
    const api = client(app);
    const file = await api.get<MappingRun>(`/projects/${projectId}/export/json`);
    assert.equal(file.status, 200);
    exported = file.body;
    matrix = (await api.get<Matrix>(`/projects/${projectId}/matrix`)).body;
    trace = (await api.get<TraceView>(`/projects/${projectId}/trace`)).body;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('send a view gzipped to a client that accepts it, the same JSON as uncompressed', async () => {
    const plain = await app.request(`/api/projects/${pid}/narrative`);
    const zipped = await app.request(`/api/projects/${pid}/narrative`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    assert.equal(gunzipSync(bytes).toString('utf8'), await plain.text());
    assert.ok(bytes.byteLength * 4 < Buffer.byteLength(await (await app.request(`/api/projects/${pid}/narrative`)).text()));
  });

  it('map the same recommendations onto the same topics and trace them to the same paragraphs', () => {
    assert.equal(built.recommendations.length, 158);
    assert.deepEqual(answers(exported), answers(built));
  });

  it('use the same codebook and trace into the same declaration', () => {
    assert.deepEqual(exported.codebook, built.codebook);
    assert.equal(exported.outcome?.symbol, 'A/CONF.234/16');
    assert.equal(exported.outcome?.symbol, built.outcome?.symbol);
    assert.deepEqual(exported.outcome?.paragraphs.map((p) => [p.number, p.reverse.map((l) => l.recommendationId)]), built.outcome?.paragraphs.map((p) => [p.number, p.reverse.map((l) => l.recommendationId)]));
  });

  it('count the same coverage per region and per topic', () => {
    assert.deepEqual(exported.outcome?.coverage, built.outcome?.coverage);
    assert.deepEqual(built.outcome?.coverage.byRegion.map((r) => r.key), ['Europe', 'Latin America and the Caribbean', 'Western Asia']);
  });

  it('have the matrix count, per topic and region, the recommendations mapping.json puts there', () => {
    const expected = new Map<string, number>();
    for (const r of built.recommendations) for (const t of r.topics) expected.set(`${t.id}|${r.region}`, (expected.get(`${t.id}|${r.region}`) ?? 0) + 1);
    const counted = new Map<string, number>();
    for (const section of matrix.sections) for (const topic of section.topics) for (const cell of topic.cells) if (cell.count > 0) counted.set(`${topic.id}|${cell.region}`, cell.count);
    assert.deepEqual([...counted].sort(), [...expected].sort());
    assert.deepEqual(matrix.regions, ['Latin America and the Caribbean', 'Western Asia', 'Europe']);
    assert.equal(matrix.unassigned.length, built.recommendations.filter((r) => r.topics.length === 0).length);
  });

  it('have the trace view count what mapping.json counts, and name the same paragraphs', () => {
    const rows = (list: readonly { key: string; total: number; strong: number; partial: number; notTakenUp: number; notTakenUpIds: readonly string[] }[]) =>
      list.filter((r) => r.total > 0).map((r) => ({ key: r.key, total: r.total, strong: r.strong, partial: r.partial, notTakenUp: r.notTakenUp, ids: [...r.notTakenUpIds] })).sort((a, b) => a.key.localeCompare(b.key));
    assert.deepEqual(rows(trace.coverage.byRegion), rows(built.outcome?.coverage.byRegion ?? []));
    assert.deepEqual(rows(trace.coverage.byTopic), rows(built.outcome?.coverage.byTopic ?? []));
    const notTakenUp = built.recommendations.filter((r) => r.trace?.status === 'not-taken-up').map((r) => r.id);
    // The same recommendations, listed in the Secretariat's order of the meetings.
    assert.deepEqual(trace.notTakenUp.map((r) => r.id).sort(), [...notTakenUp].sort());
    const order = ['Latin America and the Caribbean', 'Western Asia', 'Europe'];
    const ranks = trace.notTakenUp.map((r) => order.indexOf(r.region ?? ''));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    assert.deepEqual(
      trace.paragraphs.filter((p) => p.reverse.length > 0).map((p) => [p.number, p.reverse.length]),
      (built.outcome?.paragraphs ?? []).filter((p) => p.reverse.length > 0).map((p) => [p.number, p.reverse.length]),
    );
  });
});
