// The workbench exports the exchange formats of a reviewed project: a REFI-QDA project whose codings
// name the reviewer who decided them and carry the notes, and the Akoma Ntoso files in one zip.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import type { Project, RecommendationList } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { schemaErrors, skipWithoutXmllint } from '../renderers/qdpx-xmllint.ts';
import { client, rid } from './client.ts';

const backend = backends[0]!;

describe('the workbench export of a reviewed project as REFI-QDA and Akoma Ntoso', { skip: skipWithoutXmllint }, () => {
  let database: TestDatabase;
  let store: Store;
  let api: ReturnType<typeof client>;
  let pid = 0;
  let decided = { id: '', topic: '', citation: '' };
  const dir = mkdtempSync(join(tmpdir(), 'concord-exchange-'));

  before(async () => {
    database = await backend.create();
    store = await openStore(database.location);
    api = client(createApp({ store, webRoot: null }).app);
    pid = (await api.post<Project>('/projects', { name: 'Exchange' })).body.id;
    assert.equal((await api.upload(`/projects/${pid}/documents`, 'rpm-europe.txt', readFileSync(corpusPath('rpm-europe.txt')))).status, 201);
    assert.equal((await api.upload(`/projects/${pid}/outcome`, 'congress-report.txt', readFileSync(corpusPath('congress-report.txt')))).status, 201);
    assert.equal((await api.post(`/projects/${pid}/remap`, { mode: 'all' })).status, 200);
    const recs = (await api.get<RecommendationList>(`/projects/${pid}/recommendations`)).body.recommendations;
    const target = recs.find((r) => r.topics.length > 0);
    assert.ok(target !== undefined && target.topics[0] !== undefined);
    decided = { id: target.id, topic: target.topics[0].id, citation: target.citation };
    const path = `/projects/${pid}/recommendations/${rid(target.id)}/decisions`;
    assert.equal((await api.post(path, { action: 'accept-topic', topic: decided.topic, reviewer: 'Ana', note: 'plainly about it' })).status, 201);
  });
  after(async () => {
    await store.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a valid REFI-QDA project in which the reviewer is a user, her coding is hers, and her note is there', async () => {
    const reply = await api.get<Uint8Array>(`/projects/${pid}/export/qdpx`);
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-disposition') ?? '', /\.qdpx"/);
    const zip = await JSZip.loadAsync(reply.body);
    const qde = await zip.file('project.qde')!.async('string');
    const file = join(dir, 'project.qde');
    writeFileSync(file, qde);
    assert.equal(schemaErrors('refi-qda-project-1.0.xsd', [file]), '');
    const user = /<User guid="([^"]+)" name="Ana"/.exec(qde)?.[1];
    assert.ok(user !== undefined, 'Ana is a user of the project');
    const selection = new RegExp(`<PlainTextSelection[^>]*name="${decided.citation.replace(/[.()]/g, '\\$&')}"[^>]*creatingUser="${user}"`);
    assert.match(qde, selection);
    assert.match(qde, /<Note [^>]*name="Note by Ana"/);
    assert.match(qde, /plainly about it/);
  });

  it('gives the Akoma Ntoso files of the report and the declaration in one zip, each valid', async () => {
    const reply = await api.get<Uint8Array>(`/projects/${pid}/export/akn`);
    assert.equal(reply.status, 200);
    const zip = await JSZip.loadAsync(reply.body);
    const names = Object.keys(zip.files).sort();
    // The declaration was uploaded without its symbol, so its file is named from its provisional one.
    assert.equal(names.length, 2);
    assert.ok(names.includes('A-CONF-234-RPM-5-1.akn.xml'), names.join(', '));
    const files = await Promise.all(names.map(async (name) => {
      const path = join(dir, name);
      writeFileSync(path, await zip.file(name)!.async('string'));
      return path;
    }));
    assert.equal(schemaErrors('akomantoso30.xsd', files), '');
    assert.match(readFileSync(join(dir, 'A-CONF-234-RPM-5-1.akn.xml'), 'utf8'), /eId="para_28__list_1__point_c"/);
  });
});
