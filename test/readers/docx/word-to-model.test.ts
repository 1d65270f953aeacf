import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentFromBytes } from '../../../src/readers/index.ts';
import { abstractNum, buildDocx, num, numPr, p } from './build-docx.ts';

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ref = (id: number): string => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const numbered = (numId: number, ...runs: string[]): string => `<w:p><w:pPr>${numPr(numId)}</w:pPr>${runs.join('')}</w:p>`;

describe('a Word report with automatic numbering and footnotes reads into citable recommendations', () => {
  it('cites Word-numbered items as "para. 2 (b)" and attaches footnotes by marker', async () => {
    const bytes = await buildDocx({
      headers: ['<w:p><w:r><w:t>A/CONF.234/RPM.9/1</w:t></w:r></w:p>'],
      numbering: abstractNum(1, [['decimal', '%1.']]) + abstractNum(2, [['lowerLetter', '(%1)']]) + num(1, 1) + num(2, 2, 1),
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> General Assembly resolution 73/184, annex.</w:t></w:r></w:p></w:footnote>',
      body: [
        p('Report of the European Regional Preparatory Meeting, held in Vienna from 23 to 25 April 2019'),
        p('I. Introduction'),
        numbered(1, run('In its resolution 73/184, the General Assembly decided.')),
        p('II. Conclusions and recommendations'),
        p('Outcome of deliberations'),
        numbered(1, run('The following recommendations, which were not negotiated by the participants, were identified:')),
        numbered(2, run('Strengthen cooperation;')),
        numbered(2, run('Support the discussion guide'), ref(1), run(';')),
        numbered(2, run('Promote data collection.')),
      ].join(''),
    });
    const doc = await readDocumentFromBytes('report.docx', bytes);
    assert.equal(doc.symbol, 'A/CONF.234/RPM.9/1');
    assert.deepEqual(doc.recommendations.map((r) => r.citation), [
      'A/CONF.234/RPM.9/1, para. 2 (a)',
      'A/CONF.234/RPM.9/1, para. 2 (b)',
      'A/CONF.234/RPM.9/1, para. 2 (c)',
    ]);
    const cited = doc.paragraphs.find((para) => para.number === 2)?.items.find((item) => item.label === 'b');
    assert.deepEqual(cited?.footnotes.map((f) => f.marker), ['1']);
    assert.deepEqual(doc.footnotes.map((f) => [f.marker, f.text]), [['1', 'General Assembly resolution 73/184, annex.']]);
  });
});
