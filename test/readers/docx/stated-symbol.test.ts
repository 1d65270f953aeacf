import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { buildDocx, p } from './build-docx.ts';

const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`;

describe('the Word reader states the symbol the file prints, never one it guesses', () => {
  it('reads the symbol from the page header', async () => {
    const header = '<w:p><w:r><w:t>A/CONF.234/RPM.5/1</w:t><w:tab/><w:t>2</w:t></w:r></w:p>';
    const bytes = await buildDocx({ body: p('1. Text citing A/CONF.234/PM.1.'), headers: [header, header, '<w:p><w:r><w:t>V.19-04321</w:t></w:r></w:p>'] });
    assert.equal((await readDocx('A-CONF.234-RPM.2-1.docx', bytes)).statedSymbol, 'A/CONF.234/RPM.5/1');
  });

  it('reads the symbol from the first-page masthead table', async () => {
    const masthead = `<w:tbl><w:tr>${cell('United Nations')}${cell('A/CONF.234/RPM.1/1 Distr.: General 7 February 2019')}</w:tr></w:tbl>`;
    const bytes = await buildDocx({ body: masthead + p('Report of the Meeting') + p('1. Text.') });
    assert.equal((await readDocx('report.docx', bytes)).statedSymbol, 'A/CONF.234/RPM.1/1');
  });

  it('states none when only cited symbols appear, whatever the file is called', async () => {
    const bytes = await buildDocx({ body: p('1. The discussion guide (A/CONF.234/PM.1) was published.') + p('A/CONF.234/PM.1 … Discussion guide') });
    assert.equal((await readDocx('A-CONF.234-RPM.5-1.docx', bytes)).statedSymbol, undefined);
  });
});
