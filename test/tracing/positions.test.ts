// The State's position on each UPR recommendation, from the report's lead-ins and its addendum
// (the upr-working-group profile's outcome: positions), checked against OHCHR's thematic lists,
// which give a position and its source for every recommendation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { profileOf } from '../../src/profiles/index.ts';
import { parseReferences, listAfter } from '../../src/tracing/positions/index.ts';
import { traceStep } from '../../src/pipeline/trace-step.ts';
import type { MappedRecommendation } from '../../src/mapping/types.ts';
import { loadCodebook } from '../../src/mapping/load-codebook.ts';
import { readThematicList } from '../../eval/upr-thematic-list.ts';
import { sharedPath } from '../support/shared.ts';

const upr = (name: string): string => sharedPath('corpus', 'upr-slovenia', name);

/** "A/HRC/43/15/Add.1 - Para.3" (the list's way) -> "A/HRC/43/15/Add.1, para. 3" (a citation). */
const asCitation = (source: string): string => source.replace(/\s*-\s*Para\.?\s*/i, ', para. ');

const REVIEWS = [
  { report: 'A-HRC-43-15.pdf', addendum: 'A-HRC-43-15-Add.1.pdf', list: 'UPR34-Slovenia-thematic-list.docx', supported: 182, noted: 33 },
  { report: 'A-HRC-28-15.pdf', addendum: 'A-HRC-28-15-Add.1.pdf', list: 'UPR20-Slovenia-thematic-list.docx', supported: 142, noted: 21 },
] as const;

for (const review of REVIEWS) {
  describe(`positions on the recommendations of ${review.report}, from ${review.addendum}`, () => {
    it('agree with OHCHR\'s thematic list on every recommendation\'s position, and on where it is stated', async () => {
      const [report, addendum] = await Promise.all([readDocument(upr(review.report)), readDocument(upr(review.addendum))]);
      assert.equal(profileOf(addendum).outcome.kind, 'positions');
      // Positions need no topics; the step takes mapped recommendations, so they carry none.
      const mapped: MappedRecommendation[] = report.recommendations.map((rec) => ({ ...rec, topics: [] }));
      const { value, messages } = traceStep(mapped, addendum, await loadCodebook());
      assert.deepEqual(messages, []);
      assert.equal(value.outcome.symbol, addendum.symbol);
      const rows = await readThematicList(upr(review.list));
      const byNumber = new Map(report.recommendations.map((rec) => [`${rec.paragraph}${rec.subparagraph}`, rec.id]));
      let positions = 0;
      let sources = 0;
      for (const row of rows) {
        const trace = value.traces.get(byNumber.get(row.number) ?? '');
        if (trace?.position === row.position) positions++;
        if (trace?.source === asCitation(row.source ?? '')) sources++;
      }
      assert.equal(positions, rows.length);
      // The list's own slips: a source without its paragraph ("A/HRC/43/15/Add.1" for 122.143 and for 121.23,
      // which the report itself supports), one written twice, and 115.141 given para. 4 where para. 3 lists it.
      assert.ok(sources >= rows.length - 4, `${sources} of ${rows.length} sources as the list gives them`);
      const counts = { supported: 0, noted: 0 };
      for (const trace of value.traces.values()) if (trace.position !== undefined) counts[trace.position]++;
      assert.deepEqual(counts, { supported: review.supported, noted: review.noted });
    });
  });
}

describe('the recommendations a positions statement lists', () => {
  it('expand ranges written with a paragraph, broken over lines, or as bare numbers', () => {
    assert.deepEqual(parseReferences('122.1, 122.17-18, 122.62- 66').map((r) => `${r.paragraph}.${r.number}`), ['122.1', '122.17', '122.18', '122.62', '122.63', '122.64', '122.65', '122.66']);
    assert.deepEqual(parseReferences('1–3, 150 – 152').map((r) => r.number), [1, 2, 3, 150, 151, 152]);
  });

  it('end at the first word that is no part of the list', () => {
    assert.equal(listAfter('accepts the following recommendations 122.11, 122.152. Slovenia considers that they are implemented.', 37), ' 122.11, 122.152');
    assert.equal(listAfter('Slovenia supports recommendations 1, 2 and 4 and notes recommendations 3 and 5.', 33), ' 1, 2 and 4 and');
    assert.deepEqual(parseReferences(listAfter('supports recommendations 115.1 to 115.3 and 115.7.', 24)).map((r) => r.number), [1, 2, 3, 7]);
  });
});

describe('concord trace REPORT --outcome ADDENDUM', () => {
  it('gives each UPR recommendation its position and source in the JSON', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['bin/concord.js', 'trace', upr('A-HRC-28-15.pdf'), '--outcome', upr('A-HRC-28-15-Add.1.pdf'), '--json'], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { documents: { recommendations: { citation: string; states?: string[]; trace: { position?: string; source?: string } }[] }[] };
    const recs = out.documents[0]?.recommendations ?? [];
    assert.equal(recs.length, 163);
    const first = recs[0];
    assert.deepEqual([first?.citation, first?.states, first?.trace.position, first?.trace.source], ['A/HRC/28/15, para. 115.1', ['Croatia'], 'supported', 'A/HRC/28/15/Add.1, para. 3']);
    assert.ok(recs.every((rec) => rec.trace.position === 'supported' || rec.trace.position === 'noted'));
  });
});
