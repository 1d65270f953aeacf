// The thematic list in OHCHR's shape (--formats thematic): per theme, each recommendation with its
// States, position and source, and the full list of its themes. Read back as OHCHR's own lists are
// read, its positions agree with OHCHR's list of the same review.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readThematicList } from '../../eval/upr-thematic-list.ts';
import { sharedPath } from '../support/shared.ts';

const upr = (name: string): string => sharedPath('corpus', 'upr-slovenia', name);

describe('the thematic list annex (--formats thematic)', () => {
  it('lists each recommendation under each of its themes with its position and source, as OHCHR\'s list does', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'concord-thematic-')), 'out');
    const result = spawnSync(process.execPath, ['bin/concord.js', 'build', upr('A-HRC-43-15.pdf'), '--outcome', upr('A-HRC-43-15-Add.1.pdf'), '--out', out, '--formats', 'thematic,json'], { encoding: 'utf8', timeout: 300_000 });
    assert.equal(result.status, 0, result.stderr);
    const run = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8')) as { recommendations: { paragraph: number; subparagraph: string; text: string; topics: unknown[] }[] };
    const ours = await readThematicList(join(out, 'thematic-list.docx'));
    assert.equal(ours.length, run.recommendations.reduce((sum, rec) => sum + rec.topics.length, 0));
    const theirs = new Map((await readThematicList(upr('UPR34-Slovenia-thematic-list.docx'))).map((row) => [row.number, row]));
    for (const row of ours) {
      const answer = theirs.get(row.number);
      assert.equal(row.position, answer?.position, row.number);
      assert.match(row.source ?? '', /^A\/HRC\/43\/15(\/Add\.1)?, para\. \d+$/);
      assert.match(row.text, /\)[;.]$/);
    }
  });
});
