import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout, segmentsOf } from '../../src/renderers/layout/index.ts';
import { fixtureRun } from './fixture.ts';

describe('the presentation layout', () => {
  const layout = buildLayout(fixtureRun());

  it('orders the columns as the United Nations lists the regions, keeping only those mapped', () => {
    assert.deepEqual(layout.columns.map((c) => c.label), ['Europe', 'Latin America and the Caribbean', 'Western Asia']);
  });

  it('keeps every topic of the codebook, in codebook order, even when nothing falls under it', () => {
    assert.deepEqual(layout.sections.flatMap((s) => s.topics.map((t) => t.id)), ['A1', 'A2', 'B1', 'B2', 'B3', 'D1', 'D2', 'D3']);
    assert.equal(layout.sections[0]?.topics[1]?.total, 0);
  });

  it('puts a recommendation under each of its topics', () => {
    const where = layout.sections.flatMap((s) => s.topics).filter((t) => t.cells.some((c) => c.entries.some((e) => e.recommendation.id === 'A/CONF.234/RPM.2/1#22a')));
    assert.deepEqual(where.map((t) => t.id), ['D1', 'D2']);
  });

  it('lists low-confidence assignments for review', () => {
    assert.deepEqual(layout.lowConfidence.map((e) => `${e.recommendation.citation} ${e.assignment.id}`), [
      'A/CONF.234/RPM.3/1, para. 12 (a) B3',
      'A/CONF.234/RPM.2/1, para. 22 (a) D2',
    ]);
  });

  it('counts coverage from each recommendation\'s trace, so the figures add up', () => {
    for (const row of layout.tracing?.byRegion ?? []) assert.equal(row.strong + row.partial + row.noneFound + row.notTakenUp, row.total);
    assert.deepEqual(layout.tracing?.byRegion.map((r) => [r.label, r.strong, r.partial, r.noneFound, r.notTakenUp, r.reviewed]), [
      ['Europe', 1, 1, 0, 0, 0], ['Latin America and the Caribbean', 0, 0, 2, 0, 0], ['Western Asia', 1, 0, 0, 0, 0],
    ]);
  });

  it('counts a machine "not-taken-up" as no corresponding paragraph identified, and only a reviewer\'s as not taken up', () => {
    const run = fixtureRun();
    const reviewed = run.recommendations.find((r) => r.trace?.status === 'not-taken-up');
    assert.ok(reviewed?.trace !== undefined);
    const marked = { ...run, recommendations: run.recommendations.map((r) => (r === reviewed ? { ...r, trace: { ...r.trace!, reviewed: true as const } } : r)) };
    const tracing = buildLayout(marked).tracing;
    assert.deepEqual(tracing?.byRegion.map((r) => [r.label, r.noneFound, r.notTakenUp, r.reviewed]), [
      ['Europe', 0, 0, 0], ['Latin America and the Caribbean', 1, 1, 1], ['Western Asia', 0, 0, 0],
    ]);
    assert.equal(tracing?.reviewedCount, 1);
  });
});

describe('highlighting', () => {
  it('merges overlapping spans and finds a span whose offsets drifted by its text', () => {
    const text = 'Support UNODC in its leading role';
    const segments = segmentsOf(text, [{ start: 8, end: 13, text: 'UNODC' }, { start: 10, end: 20, text: 'ODC in its' }, { start: 0, end: 5, text: 'leading role' }]);
    assert.deepEqual(segments, [
      { text: 'Support ', marked: false }, { text: 'UNODC in its', marked: true }, { text: ' ', marked: false }, { text: 'leading role', marked: true },
    ]);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });

  it('ignores a span that is not in the text rather than highlighting the wrong words', () => {
    assert.deepEqual(segmentsOf('abc', [{ start: 0, end: 2, text: 'zz' }]), [{ text: 'abc', marked: false }]);
  });
});
