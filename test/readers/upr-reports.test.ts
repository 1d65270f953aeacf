// The Working Group reports of the Universal Periodic Review of Slovenia, as published (PDF):
// a second kind of report, read with the upr-working-group profile. Every recommendation the
// text numbers is found (counted here from pdftotext's text, independently of Concord's
// readers), whole, with its citation and its recommending States; OHCHR's thematic list of
// the same review is the UN's own copy of each recommendation to compare with.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readDocument } from '../../src/readers/index.ts';
import type { ConcordDocument } from '../../src/model/types.ts';
import { recommendingStates } from '../../src/readers/structure/states.ts';
import { readThematicList, type ThematicListRow } from '../../eval/upr-thematic-list.ts';
import { sharedPath } from '../support/shared.ts';

const upr = (name: string): string => sharedPath('corpus', 'upr-slovenia', name);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

const REVIEWS = [
  { report: 'A-HRC-43-15.pdf', list: 'UPR34-Slovenia-thematic-list.docx', symbol: 'A/HRC/43/15', paragraphs: [121, 122] },
  { report: 'A-HRC-28-15.pdf', list: 'UPR20-Slovenia-thematic-list.docx', symbol: 'A/HRC/28/15', paragraphs: [115] },
] as const;

const documents = new Map<string, Promise<ConcordDocument>>();
const read = (file: string): Promise<ConcordDocument> => {
  let doc = documents.get(file);
  if (doc === undefined) documents.set(file, (doc = readDocument(upr(file))));
  return doc;
};

/** "121.12" of every numbered recommendation line in pdftotext's text: a number N.M opening a line, then a capital. */
function countedFromText(file: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', upr(file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  return [...text.matchAll(/^\s*(\d{2,3}\.\d{1,3})\s+\p{Lu}/gmu)].map((match) => match[1] as string);
}

const squeezed = (text: string): string => text.replace(/[’‘]/g, "'").replace(/\s+/g, '').toLowerCase();

for (const review of REVIEWS) {
  describe(`the UPR Working Group report ${review.symbol} (${review.report})`, () => {
    it('is read with the upr-working-group profile, picked from its first page, and keeps its title whole', async () => {
      const doc = await read(review.report);
      assert.equal(doc.profile, 'upr-working-group');
      assert.equal(doc.kind, 'upr-working-group-report');
      assert.equal(doc.symbol, review.symbol);
      assert.equal(doc.title, 'Report of the Working Group on the Universal Periodic Review: Slovenia');
    });

    it('finds every recommendation the text numbers (counted from pdftotext), each once', { skip: hasPdftotext ? false : 'pdftotext (poppler-utils) is not installed' }, async () => {
      const doc = await read(review.report);
      const counted = countedFromText(review.report);
      assert.ok(counted.length > 100);
      const found = doc.recommendations.map((r) => `${r.paragraph}${r.subparagraph}`);
      assert.deepEqual(found, counted);
      assert.equal(new Set(found).size, found.length);
    });

    it(`cites each as "${review.symbol}, para. N.M" and gives it that id`, async () => {
      const doc = await read(review.report);
      for (const rec of doc.recommendations) {
        assert.ok((review.paragraphs as readonly number[]).includes(rec.paragraph), rec.citation);
        assert.match(rec.subparagraph, /^\.\d+$/);
        assert.equal(rec.citation, `${review.symbol}, para. ${rec.paragraph}${rec.subparagraph}`);
        assert.equal(rec.id, `${review.symbol}#${rec.paragraph}${rec.subparagraph}`);
      }
    });

    it('gives every recommendation whole: no page furniture, no footnote, and as OHCHR prints it (spacing aside)', async () => {
      const doc = await read(review.report);
      const rows = new Map((await readThematicList(upr(review.list))).map((row) => [row.number, row]));
      assert.equal(rows.size, doc.recommendations.length);
      let same = 0;
      for (const rec of doc.recommendations) {
        assert.doesNotMatch(rec.text, /A\/HRC\/\d|GE\.\d\d-|have not been edited|^\d+$|\s{2}/, rec.citation);
        assert.match(rec.text, /\)[;.]$/, `${rec.citation} ends with its States and a semicolon or full stop`);
        const row = rows.get(`${rec.paragraph}${rec.subparagraph}`) as ThematicListRow;
        if (squeezed(row.text) === squeezed(rec.text)) same++;
      }
      // The list corrects a typing slip of the report here and there ("childre" in A/HRC/28/15, para. 115.104).
      assert.ok(same >= doc.recommendations.length - 1, `${same} of ${doc.recommendations.length} as the list prints them`);
    });

    it('names the recommending States of every recommendation, as in the thematic list', async () => {
      const doc = await read(review.report);
      const rows = new Map((await readThematicList(upr(review.list))).map((row) => [row.number, row]));
      let agree = 0;
      for (const rec of doc.recommendations) {
        assert.ok(rec.states !== undefined && rec.states.length > 0, `${rec.citation} has States`);
        const row = rows.get(`${rec.paragraph}${rec.subparagraph}`) as ThematicListRow;
        for (const state of rec.states) assert.ok(squeezed(row.text).includes(squeezed(state)), `${state} in ${row.number}`);
        // Compared as the names read ("Côte d’Ivoire"; the report's slip "(netherlands)").
        if (squeezed(recommendingStates(row.text).join('|')) === squeezed(rec.states.join('|'))) agree++;
      }
      assert.equal(agree, doc.recommendations.length);
    });
  });
}

describe('the recommending States of a UPR recommendation', () => {
  it('are read from the parentheses closing each clause, one State each or several with commas', () => {
    assert.deepEqual(recommendingStates('Ratify the Convention (France) (Lithuania);'), ['France', 'Lithuania']);
    assert.deepEqual(recommendingStates('Ratify ICRMW (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of), Peru, Uruguay);'), ['Senegal', 'Sierra Leone', 'Venezuela (Bolivarian Republic of)', 'Peru', 'Uruguay']);
    assert.deepEqual(recommendingStates('Complete the process (Ukraine); Increase efforts towards ratification (Slovakia);'), ['Ukraine', 'Slovakia']);
  });

  it('leave out a parenthesis of the wording itself, even right before the States', () => {
    assert.deepEqual(recommendingStates('Ratify the 2014 Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);'), ['United Kingdom of Great Britain and Northern Ireland']);
    assert.deepEqual(recommendingStates('Ratify the Convention on Migrant Workers (ICRMW) (Iran (Islamic Republic of));'), ['Iran (Islamic Republic of)']);
    assert.deepEqual(recommendingStates('Prepared by the Office (OHCHR) in good time (Spain).'), ['Spain']);
  });
});
