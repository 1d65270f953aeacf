// Assignments and codings in both stores: blind until every coder submitted or an admin
// closed the assignment, frozen once submitted, gone with their project.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createProject, deleteProject } from '../../src/store/projects.ts';
import { allCodings, closeAssignment, codingsOf, createAssignment, getAssignment, listAssignments, saveCoding, submitCodings } from '../../src/store/assignments.ts';
import { ConflictError } from '../../src/store/errors.ts';
import { backends } from './backends.ts';
import type { TestDatabase } from './backends.ts';

for (const backend of backends) {
  describe(`assignments on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let pid = 0;
    const recs = ['A/CONF.234/RPM.1/1#1', 'A/CONF.234/RPM.1/1#2'];

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      pid = (await createProject(store, 'double coding', { kind: 'shipped', name: 'crime-congress-14' })).id;
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('keeps each coder\'s codings to that coder until all have submitted', async () => {
      const created = await createAssignment(store, pid, { name: 'pilot', coders: ['Ana', 'Ben'], recIds: recs, adjudicator: null, createdBy: 'Amina' });
      assert.equal(created.state, 'open');
      let a = await getAssignment(store, pid, created.id);
      await saveCoding(store, a, 'Ana', recs[0]!, ['A1'], null);
      await saveCoding(store, a, 'Ana', recs[0]!, ['A1', 'B2'], 'both');
      await saveCoding(store, a, 'Ben', recs[0]!, ['A1'], null);
      assert.deepEqual((await codingsOf(store, a.id, 'Ana')).map((c) => c.topics), [['A1', 'B2']], 'a second coding replaces the first');
      assert.deepEqual((await codingsOf(store, a.id, 'Ben')).map((c) => c.coder), ['Ben']);
      await assert.rejects(allCodings(store, a), /still blind: waiting for Ana, Ben/);
      await assert.rejects(submitCodings(store, a, 'Ana'), /1 of 2 recommendations are not coded yet/);
      await saveCoding(store, a, 'Ana', recs[1]!, [], null);
      await submitCodings(store, a, 'Ana');
      a = await getAssignment(store, pid, created.id);
      assert.equal(a.state, 'open');
      await assert.rejects(saveCoding(store, a, 'Ana', recs[1]!, ['C3'], null), /already submitted/);
      await assert.rejects(allCodings(store, a), /waiting for Ben/);
      await saveCoding(store, a, 'Ben', recs[1]!, ['C3'], null);
      await submitCodings(store, a, 'Ben');
      a = await getAssignment(store, pid, created.id);
      assert.equal(a.state, 'complete');
      const all = await allCodings(store, a);
      assert.equal(all.length, 4);
      assert.ok(all.every((c) => c.submittedAt !== null));
    });

    it('refuses a coding from someone not assigned, or on a recommendation not in the assignment', async () => {
      const a = await createAssignment(store, pid, { name: 'second', coders: ['Ana', 'Ben'], recIds: recs.slice(0, 1), adjudicator: 'Rui', createdBy: 'Amina' });
      await assert.rejects(saveCoding(store, a, 'Cy', recs[0]!, [], null), ConflictError);
      await assert.rejects(saveCoding(store, a, 'Ana', recs[1]!, [], null), /not found/);
    });

    it('lets an admin close an assignment early, after which nothing changes and the codings are compared', async () => {
      const a = await createAssignment(store, pid, { name: 'closed early', coders: ['Ana', 'Ben', 'Cy'], recIds: recs, adjudicator: null, createdBy: 'Amina' });
      await saveCoding(store, a, 'Ana', recs[0]!, ['A1'], null);
      await closeAssignment(store, a);
      const closed = await getAssignment(store, pid, a.id);
      assert.equal(closed.state, 'closed');
      assert.equal((await allCodings(store, closed)).length, 1);
      await assert.rejects(saveCoding(store, closed, 'Ben', recs[0]!, [], null), /closed/);
      assert.deepEqual((await listAssignments(store, pid)).map((x) => x.name), ['closed early', 'second', 'pilot']);
    });

    it('goes with its project', async () => {
      await deleteProject(store, pid);
      assert.deepEqual(await listAssignments(store, pid), []);
    });
  });
}
