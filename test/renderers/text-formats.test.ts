import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderCsv, csvField } from '../../src/renderers/csv/index.ts';
import { renderJson } from '../../src/renderers/json/index.ts';
import { renderMarkdown } from '../../src/renderers/md/index.ts';
import { fixtureRun } from './fixture.ts';
import { parseCsv } from './read-back.ts';

describe('the CSV file', () => {
  const csv = renderCsv(fixtureRun());

  it('starts with a byte-order mark so that Excel reads UTF-8', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
  });

  it('quotes fields as RFC 4180 says and reads back to one row per recommendation and topic', () => {
    assert.equal(csvField('a "b", c'), '"a ""b"", c"');
    const rows = parseCsv(csv.slice(1));
    assert.equal(rows[0]?.join(','), 'citation,symbol,paragraph,subparagraph,region,section path,index section,topic id,topic label,score,low confidence,evidence phrases,text');
    assert.equal(rows.length, 1 + 6);
    const d1 = rows.find((r) => r[7] === 'D1');
    assert.equal(d1?.[11], 'rights and needs of victims of all types of crime | victim compensation and reparation programmes');
    assert.ok(rows.some((r) => r[12]?.includes('<script>alert(1)</script>')));
  });
});

describe('the JSON file', () => {
  it('is the whole run', () => {
    assert.deepEqual(JSON.parse(renderJson(fixtureRun())), JSON.parse(JSON.stringify(fixtureRun())));
  });
});

describe('the Markdown file', () => {
  const md = renderMarkdown(fixtureRun());
  it('escapes document text and bolds evidence', () => {
    assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
    assert.ok(md.includes('**restorative justice programmes**'));
    assert.ok(md.includes('## Annex C.'));
    assert.ok(md.includes('Ranked next, worth checking: paras. 51, 10 and 3.'));
    assert.ok(md.includes('Linked alike for A/CONF.234/RPM.2/1, para. 22 (a), which reads like it (0.42)'));
  });
});
