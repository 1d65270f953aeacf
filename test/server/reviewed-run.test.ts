import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import { decide } from '../../src/server/services/decide.ts';
import { remap } from '../../src/server/services/remap.ts';
import { reviewedRun } from '../../src/server/services/reviewed-run.ts';
import { ProjectCache } from '../../src/server/project/state.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

describe('the reviewed run behind the exports', () => {
  it("keeps, on a machine link a reviewer's precedents helped, the precedent it names", async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'concord-reviewed-')), 'store.sqlite'));
    try {
      const imported = await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: 'precedents', outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' });
      const cache = new ProjectCache(store);
      const before = await cache.get(imported.projectId);
      // A reviewer confirms the best link of every Western Asia recommendation that has one.
      for (const entry of before.recs.values()) {
        const best = entry.machineTrace?.links[0];
        if (entry.rec.symbol.includes('RPM.2/1') && best !== undefined) {
          await decide(store, cache, imported.projectId, entry.rec.id, { action: 'set-link-strength', paragraph: best.paragraph, strength: best.strength === 'strong' ? 'partial' : 'strong' });
        }
      }
      const result = await remap(store, cache, imported.projectId, 'unreviewed-with-decisions');
      assert.ok(result.linkExamplesUsed > 10);
      const state = await cache.get(imported.projectId);
      const machine = [...state.recs.values()].flatMap((e) => (e.machineTrace?.links ?? []).filter((l) => l.precedent !== undefined).map((l) => ({ id: e.rec.id, l })));
      assert.ok(machine.length > 0, 'some machine links were helped by a precedent');
      const run = reviewedRun(state);
      for (const { id, l } of machine) {
        const exported = run.recommendations.find((r) => r.id === id)?.trace?.links.find((x) => x.paragraph === l.paragraph);
        assert.deepEqual(exported?.precedent, l.precedent, `${id}, para. ${l.paragraph}`);
      }
    } finally {
      await store.close();
    }
  });
});
