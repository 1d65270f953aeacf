// A reviewer's links to the declaration's preamble: stored (SQLite and PostgreSQL), read back after a
// reload, and cited as the preamble's paragraphs in the reviewed Annex C; operative links, stored as
// before (a bare paragraph number), read as they always did.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import { decide } from '../../src/server/services/decide.ts';
import { reviewedRun } from '../../src/server/services/reviewed-run.ts';
import { ProjectCache } from '../../src/server/project/state.ts';
import { detail } from '../../src/server/views/recommendation.ts';
import { buildTraceView } from '../../src/server/views/trace.ts';
import { buildLayout } from '../../src/renderers/layout/index.ts';
import { linksSummary } from '../../src/renderers/layout/wording.ts';
import { backends } from '../store/backends.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const DOHA = 'A/CONF.234/RPM.5/1#57c';
const PREAMBLE_1 = 'A/CONF.234/16, chap. I, resol. 1, preamble, para. 1';

for (const backend of backends) {
  describe(`links to the preamble, stored in ${backend.name}`, { skip: backend.skip }, () => {
    it('survive a reload, read back beside old-format operative links, and appear in Annex C with the preamble citation', async () => {
      const db = await backend.create();
      try {
        let store = await openStore(db.location);
        const imported = await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: 'preamble', outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' });
        const project = imported.projectId;
        let cache = new ProjectCache(store);
        const state = await cache.get(project);
        const target = [...state.recs.values()].find((e) => e.rec.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
        assert.ok(target !== undefined);
        const operative = target.machineTrace?.links[0];
        assert.ok(operative !== undefined && operative.part === undefined);
        await decide(store, cache, project, target.rec.id, { action: 'add-link', paragraph: 1, part: 'preamble', strength: 'strong' });
        // An operative decision is written as it always was: the paragraph's number, no part.
        await decide(store, cache, project, target.rec.id, { action: 'set-link-strength', paragraph: operative.paragraph, strength: operative.strength === 'strong' ? 'partial' : 'strong' });
        await decide(store, cache, project, DOHA, { action: 'remove-link', paragraph: 3, part: 'preamble' });
        await assert.rejects(decide(store, cache, project, target.rec.id, { action: 'add-link', paragraph: 5, part: 'preamble', strength: 'partial' }), /no paragraph preamble, para\. 5/);
        await store.close();

        store = await openStore(db.location);
        cache = new ProjectCache(store);
        const after = await cache.get(project);
        const entry = after.recs.get(target.rec.id);
        assert.ok(entry !== undefined);
        const shown = detail(after, entry);
        const preamble = shown.links.find((l) => l.part === 'preamble');
        assert.deepEqual(preamble && [preamble.paragraph, preamble.citation, preamble.strength, preamble.status], [1, PREAMBLE_1, 'strong', 'added']);
        assert.match(preamble?.outcomeText ?? '', /^Assembled at the Fourteenth/);
        const changed = shown.links.find((l) => l.part === undefined && l.paragraph === operative.paragraph);
        assert.equal(changed?.status, 'changed');
        assert.equal(changed?.citation, operative.citation);
        const history = shown.history.find((e) => e.action === 'add-link');
        assert.deepEqual(history && [history.paragraph, history.part], [1, 'preamble']);
        const doha = after.recs.get(DOHA);
        assert.ok(doha !== undefined);
        assert.deepEqual(detail(after, doha).removedLinks, [-3]);

        const layout = buildLayout(reviewedRun(after));
        const item = layout.tracing?.recommendations.flatMap((g) => g.items).find((t) => t.recommendation.id === target.rec.id);
        assert.ok(item?.reviewed);
        assert.equal(item?.links[0]?.citation, PREAMBLE_1);
        assert.match(linksSummary(item?.links ?? []), /^preamble, para\. 1 \(strong\); para\. \d+ \((strong|partial)\)/);
        const paragraphs = layout.tracing?.paragraphs ?? [];
        assert.equal(paragraphs[0]?.citation, PREAMBLE_1, 'the preamble stands before the operative paragraphs');
        assert.ok(paragraphs[0]?.reverse.some((r) => r.recommendationId === target.rec.id));
        assert.ok(!paragraphs.some((p) => p.part === 'preamble' && p.number === 3 && p.reverse.some((r) => r.recommendationId === DOHA)), 'the removed link is gone');

        const view = buildTraceView(after, after.outcome ?? assert.fail('no outcome'));
        assert.deepEqual(view.paragraphs.slice(0, 4).map((p) => [p.part, p.number]), [1, 2, 3, 4].map((n) => ['preamble', n]));
        await store.close();
      } finally {
        await db.drop();
      }
    });
  });
}
