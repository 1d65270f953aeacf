import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { appendDecision, createProject, deleteProject, getProject, listDecisions, listProjects, putDocument, saveMachine, loadMachine, ConflictError, NotFoundError } from '../../src/store/index.ts';
import { backends } from './backends.ts';
import type { TestDatabase } from './backends.ts';

for (const backend of backends) {
  describe(`the store on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('migrates once and opens again without migrating twice', async () => {
      const again = await openStore(database.location);
      assert.equal(again.kind, backend.name);
      await again.close();
    });

    it('creates a project and refuses a second one with the same name', async () => {
      const project = await createProject(store, 'Alpha', { kind: 'shipped', name: 'crime-congress-14' });
      assert.equal(project.name, 'Alpha');
      await assert.rejects(createProject(store, 'Alpha', { kind: 'shipped', name: 'crime-congress-14' }), ConflictError);
      assert.deepEqual((await listProjects(store)).map((p) => p.name), ['Alpha']);
    });

    it('keeps document bytes, replaces a report by symbol and bumps the revision', async () => {
      const project = await createProject(store, 'Beta', { kind: 'shipped', name: 'crime-congress-14' });
      const doc = { role: 'report' as const, name: 'a.txt', format: 'txt', symbol: 'X/1', region: 'Europe', bytes: new Uint8Array([1, 2, 3]), size: 3, modelJson: '{}' };
      const first = await putDocument(store, project.id, doc);
      assert.equal(first.replaced, false);
      assert.deepEqual([...(first.row.bytes ?? [])], [1, 2, 3]);
      const second = await putDocument(store, project.id, doc);
      assert.equal(second.replaced, true);
      assert.equal(Number((await getProject(store, project.id)).revision), 2);
      await saveMachine(store, project.id, [{ recId: 'X/1#1a', documentId: second.row.id, topicsJson: '[]', traceJson: null }], null);
      assert.equal((await loadMachine(store, project.id)).length, 1);
    });

    it('appends decisions in order and reads only newer ones on request', async () => {
      const project = await createProject(store, 'Gamma', { kind: 'shipped', name: 'crime-congress-14' });
      const a = await appendDecision(store, project.id, { recId: 'X/1#1a', citation: 'X/1, para. 1 (a)', action: 'add-topic', topic: 'A1', reviewer: 'ana', note: 'why' });
      await appendDecision(store, project.id, { recId: 'X/1#1a', citation: 'X/1, para. 1 (a)', action: 'reject-topic', topic: 'B2' });
      const all = await listDecisions(store, project.id);
      assert.deepEqual(all.map((d) => d.action), ['add-topic', 'reject-topic']);
      assert.equal(all[0]?.reviewer, 'ana');
      assert.deepEqual((await listDecisions(store, project.id, a.seq)).map((d) => d.topic), ['B2']);
    });

    it('deletes a project with everything in it, and says so when it is not there', async () => {
      const project = await createProject(store, 'Delta', { kind: 'shipped', name: 'crime-congress-14' });
      await appendDecision(store, project.id, { recId: 'r', citation: 'c', action: 'confirm', topic: '' });
      await deleteProject(store, project.id);
      await assert.rejects(getProject(store, project.id), NotFoundError);
      await assert.rejects(deleteProject(store, project.id), NotFoundError);
    });
  });
}
