import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { abstractNum, buildDocx, num, numPr, p } from './build-docx.ts';

const r = (inner: string, rPr = ''): string => `<w:r>${rPr === '' ? '' : `<w:rPr>${rPr}</w:rPr>`}${inner}</w:r>`;
const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;
const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`;
const STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="H1G"><w:name w:val="_ H_1_G"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>',
].join('');

describe('the Word reader turns paragraphs and tables into blocks as printed', () => {
  it('prints the text of runs, hyperlinks and insertions, not deleted or hidden text or field codes', async () => {
    const body = '<w:p>'
      + r(t('1. In its resolution ')) + `<w:hyperlink r:id="x">${r(t('56/119'))}</w:hyperlink>`
      + `<w:del>${r('<w:delText>deleted </w:delText>')}</w:del>` + `<w:ins>${r(t(', as revised,'))}</w:ins>`
      + r(t(' hidden'), '<w:vanish/>')
      + r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText> REF _Ref123 \\h </w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>')
      + r(t(' the Assembly')) + r('<w:fldChar w:fldCharType="end"/>') + r(t(' decided.')) + '</w:p>';
    const result = await readDocx('runs.docx', await buildDocx({ body }));
    assert.deepEqual(result.blocks.map((b) => b.text), ['1. In its resolution 56/119, as revised, the Assembly decided.']);
  });

  it('does not let a field left open hide the paragraphs after it', async () => {
    const body = `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText> PAGE </w:instrText>')}</w:p>` + p('1. Still read.');
    const result = await readDocx('field.docx', await buildDocx({ body }));
    assert.deepEqual(result.blocks.map((b) => b.text), ['1. Still read.']);
  });

  it('turns tabs and line breaks into single spaces and skips empty paragraphs', async () => {
    const body = `<w:p>${r(t('Chair:') + '<w:tab/>' + t('Alena Kupchyna') + '<w:br/>' + t('Vice-Chair:  Lucie Angers'))}</w:p><w:p/><w:p>${r('<w:tab/>')}</w:p>`;
    const result = await readDocx('breaks.docx', await buildDocx({ body }));
    assert.deepEqual(result.blocks.map((b) => b.text), ['Chair: Alena Kupchyna Vice-Chair: Lucie Angers']);
  });

  it('gives one block per table row, cells joined by " | " as in the txt and pdf readers, with the table-row hint', async () => {
    const body = p('Annex') + `<w:tbl><w:tblPr/><w:tr>${cell('A/CONF.234/PM.1')}${cell('Discussion guide')}</w:tr>`
      + `<w:tr>${cell('A/CONF.234/RPM.5/L.1')}<w:tc>${p('Annotated')}${p('provisional agenda')}</w:tc></w:tr><w:tr>${cell('')}${cell('')}</w:tr></w:tbl>`;
    const result = await readDocx('table.docx', await buildDocx({ body }));
    assert.deepEqual(result.blocks.map((b) => [b.text, b.hint]), [
      ['Annex', undefined],
      ['A/CONF.234/PM.1 | Discussion guide', 'table-row'],
      ['A/CONF.234/RPM.5/L.1 | Annotated provisional agenda', 'table-row'],
    ]);
  });

  it('hints headings by Word heading style, UN template heading style or outline level', async () => {
    const body = p('I. Introduction', '<w:pStyle w:val="Heading1"/>') + p('A. Summary of deliberations', '<w:pStyle w:val="H1G"/>')
      + p('Outcome', '<w:outlineLvl w:val="2"/>') + p('1. Body text.');
    const result = await readDocx('headings.docx', await buildDocx({ body, styles: STYLES }));
    assert.deepEqual(result.blocks.map((b) => b.hint), ['heading', 'heading', 'heading', undefined]);
  });

  it('hints a table of contents from a TOC field, TOC styles or a contents content control', async () => {
    const field = '<w:p>' + r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText>')
      + r('<w:fldChar w:fldCharType="separate"/>') + r(t('I. Introduction') + '<w:tab/>' + t('2')) + '</w:p>'
      + `<w:p>${r(t('II. Conclusions'))}</w:p>` + `<w:p>${r('<w:fldChar w:fldCharType="end"/>')}</w:p>`;
    const styled = p('III. Attendance', '<w:pStyle w:val="TOC1"/>');
    const sdt = '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>'
      + p('IV. Adoption of the report') + '</w:sdtContent></w:sdt>';
    const result = await readDocx('toc.docx', await buildDocx({ body: field + styled + sdt + p('I. Introduction', '<w:pStyle w:val="Heading1"/>'), styles: STYLES }));
    assert.deepEqual(result.blocks.map((b) => [b.text, b.hint]), [
      ['I. Introduction 2', 'toc'],
      ['II. Conclusions', 'toc'],
      ['III. Attendance', 'toc'],
      ['IV. Adoption of the report', 'toc'],
      ['I. Introduction', 'heading'],
    ]);
  });

  it('leaves list bullets out of the text, whether Word draws them or they are typed', async () => {
    const body = p('Rapporteur: Luigi Ripamonti (Italy)', numPr(1)) + p('- (a) Comprehensive strategies for crime prevention;') + p('• (b) Integrated approaches;');
    const result = await readDocx('bullets.docx', await buildDocx({ body, numbering: abstractNum(9, [['bullet', '\uF0B7']]) + num(1, 9) }));
    assert.deepEqual(result.blocks.map((b) => b.text), [
      'Rapporteur: Luigi Ripamonti (Italy)',
      '(a) Comprehensive strategies for crime prevention;',
      '(b) Integrated approaches;',
    ]);
  });

  it('takes a run of "Title … page" lines for a contents list, but not one such line alone', async () => {
    const body = p('Contents') + p('I. Introduction … 2') + p('II. Recommendations … 3') + p('Annex') + p('List of documents … 9')
      + p('I. Introduction') + p('1. The figures are given in the table… 12');
    const result = await readDocx('contents.docx', await buildDocx({ body }));
    assert.deepEqual(result.blocks.map((b) => b.hint ?? '-'), ['toc', 'toc', 'toc', 'toc', 'toc', '-', '-']);
  });
});
