import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { renderDocx } from '../../src/renderers/docx/index.ts';
import { fixtureRun } from './fixture.ts';

describe('the Word document', async () => {
  const bytes = await renderDocx(fixtureRun());
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';

  it('reads back with mammoth, with every citation under its topics', async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    // The table of contents names the annexes first: the annexes themselves are the last mentions.
    const annexA = value.slice(value.lastIndexOf('Annex A. Mapping'), value.lastIndexOf('Annex B. Mapping'));
    assert.ok(annexA.includes('A/CONF.234/RPM.5/1, para. 16 (b)'));
    assert.equal(annexA.split('A/CONF.234/RPM.2/1, para. 22 (a)').length - 1, 2);
    assert.ok(value.includes('<i>views</i> of all Member States & regions <script>alert(1)</script>'), 'document text is kept verbatim');
    assert.ok(value.includes('Ranked next, worth checking: paras. 51, 10 and 3.'), 'Annex C names the paragraphs ranked next');
    assert.ok(value.includes('Linked alike for A/CONF.234/RPM.2/1, para. 22 (a), which reads like it (0.42).'), 'a link helped by a precedent names it');
  });

  it('uses real headings, so the navigation pane and the table of contents work', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    assert.ok(/<h1>(<a id="[^"]+"><\/a>)*Annex A\. Mapping/.test(html), 'Annex A is a heading 1');
    assert.ok(/<h3>(<a id="[^"]+"><\/a>)*D\.3 Restorative justice/.test(html), 'a topic is a heading 3');
    assert.match(xml, /TOC \\h \\o &quot;1-2&quot;/);
  });

  it('highlights and underlines evidence phrases', () => {
    assert.match(xml, /<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:u w:val="single"\/>(?:(?!<\/w:r>).)*restorative justice programmes/s);
  });

  it('repeats table header rows, numbers pages and turns the matrix to landscape', () => {
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(xml, /w:orient="landscape"/);
    const footers = Object.keys(zip.files).filter((f) => /word\/footer\d*\.xml/.test(f));
    assert.ok(footers.length > 0);
  });
});
