import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import type { ImportResult } from '../../src/server/services/import-folder.ts';
import type { DocumentList, Project } from '../../src/server/api-types.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { client } from './client.ts';

describe('concord import of the corpus folder', { timeout: 180_000 }, () => {
  let dir: string;
  let store: Store;
  let result: ImportResult;
  const lines: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-import-'));
    store = await openStore(join(dir, 'store.sqlite'));
    result = await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: 'Crime Congress 14', outcome: corpusPath('congress-report.txt'), onFile: (line) => lines.push(line) });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the three regional reports, and lists the snapshot as read but not a report, as build does', async () => {
    assert.equal(result.documents, 3);
    assert.deepEqual(result.notReports.map((n) => n.source), ['snapshot-rpm-outcomes.txt']);
    assert.match(result.notReports[0]?.reason ?? '', /no recommendations found/);
    assert.ok(lines.some((l) => /^snapshot-rpm-outcomes\.txt: read, not a report: no recommendations found/.test(l)), lines.join('\n'));
    const api = client(createApp({ store, webRoot: null }).app);
    const project = (await api.get<Project>(`/projects/${result.projectId}`)).body;
    assert.equal(project.documentCount, 3);
    const documents = (await api.get<DocumentList>(`/projects/${result.projectId}/documents`)).body.documents;
    const snapshot = documents.find((d) => d.name === 'snapshot-rpm-outcomes.txt');
    assert.equal(snapshot?.recommendationCount, 0);
    assert.match(snapshot?.excluded ?? '', /no recommendations found/);
    assert.deepEqual(documents.filter((d) => d.excluded === undefined).map((d) => d.region).sort(), ['Europe', 'Latin America and the Caribbean', 'Western Asia']);
  });
});
