import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import { createProject } from '../../src/store/projects.ts';
import { readDocumentFromBytes } from '../../src/readers/index.ts';
import { addDocument } from '../../src/server/services/add-document.ts';
import { loadProjectState } from '../../src/server/project/state.ts';
import { corpusPath } from '../support/shared.ts';

describe('the project state', () => {
  it('lists recommendations in the Secretariat\'s order of the meetings (as held), whatever order the reports were uploaded in', async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'concord-state-')), 'store.sqlite'));
    try {
      const project = await createProject(store, 'order', { kind: 'shipped', name: 'crime-congress-14' });
      const parse = (name: string, bytes: Uint8Array) => readDocumentFromBytes(name, bytes);
      for (const file of ['rpm-western-asia.txt', 'rpm-latin-america-caribbean.txt', 'rpm-europe.txt']) {
        await addDocument(store, project.id, file, readFileSync(corpusPath(file)), { role: 'report', parse });
      }
      const state = await loadProjectState(store, project.id);
      const regions = [...new Set([...state.recs.values()].map((e) => e.region))];
      assert.deepEqual(regions, ['Latin America and the Caribbean', 'Western Asia', 'Europe']);
    } finally {
      await store.close();
    }
  });
});
