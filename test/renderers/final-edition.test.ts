// The final edition of the main job, read back as a reader gets it: the Word file with jszip and
// @xmldom, the workbook with exceljs, the PDF (LibreOffice's layout) with pdftotext.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runPipeline } from '../../src/pipeline/run.ts';
import { renderDocx } from '../../src/renderers/docx/index.ts';
import { renderHtml } from '../../src/renderers/html/index.ts';
import { renderXlsx } from '../../src/renderers/xlsx/index.ts';
import { renderCsv } from '../../src/renderers/csv/index.ts';
import { renderMarkdown } from '../../src/renderers/md/index.ts';
import { renderJson } from '../../src/renderers/json/index.ts';
import { buildLayout } from '../../src/renderers/layout/build-layout.ts';
import { forEdition } from '../../src/renderers/layout/method-facts.ts';
import { findSoffice, paginate } from '../../src/renderers/pdf/index.ts';
import { contentsEntries } from '../../src/renderers/docx/front.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const { value: reviewRun } = await runPipeline([sharedPath('corpus', 'crime-congress-14')], {
  outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', keepModels: true, now: new Date('2026-12-01T10:00:00Z'),
});
const run = forEdition(reviewRun, 'final');
const soffice = await findSoffice();
const PDFTOTEXT = '/usr/bin/pdftotext';
const noLayout = soffice === undefined ? 'LibreOffice (soffice) is not installed' : existsSync(PDFTOTEXT) ? false : `${PDFTOTEXT} is absent (install poppler-utils)`;

/** What must not reach a circulated document. */
const REVIEW_MATERIAL = [/\bscore\b/i, /to review/i, /ranked next/i, /linked alike/i, /low confidence/i, /Assignments to review/, /Concord \d/, /\.txt\b/, /\/work\//, /\/shared\/corpus/];

function assertNoReviewMaterial(text: string, where: string): void {
  for (const pattern of REVIEW_MATERIAL) assert.doesNotMatch(text, pattern, `${where} carries ${pattern}`);
}

/** The text of a Word file's body, paragraph by paragraph, read with a real XML parser. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const paragraphs = Array.from(doc.getElementsByTagName('w:p'));
  return paragraphs.map((p) => Array.from(p.getElementsByTagName('w:t')).map((t) => t.textContent ?? '').join('')).join('\n');
}

describe('the method note of the final edition', () => {
  const method = buildLayout(run).method;
  const text = method?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.join('\n'))).join('\n') ?? '';

  it('names the meetings covered and, from the snapshot\'s list, the expected ones that are missing', () => {
    assert.match(text, /Of the 5 regional preparatory meetings, it covers the reports of 3: Europe \(A\/CONF\.234\/RPM\.5\/1; Vienna/);
    assert.match(text, /Latin America and the Caribbean \(A\/CONF\.234\/RPM\.3\/1/);
    assert.match(text, /The reports of Asia and the Pacific \(A\/CONF\.234\/RPM\.1\/1; Bangkok, 22-24 January 2019\) and Africa \(A\/CONF\.234\/RPM\.4\/1; Addis Ababa, 9-11 April 2019\) are not covered/);
  });

  it('says, as each report does, that the recommendations were not negotiated, and which report lacks a section', () => {
    assert.match(text, /As each report states, the recommendations were identified by the participants of the meetings and were not negotiated by them/);
    assert.match(text, /The report of Western Asia \(A\/CONF\.234\/RPM\.2\/1\) has no section on \u201cOther issues\u201d/);
    assert.doesNotMatch(text, /The report of (Europe|Latin America)/);
  });

  it('explains the topics and the highlighting, and names the codebook and its version', () => {
    assert.match(text, /highlighted and underlined/);
    assert.match(text, /crime-congress-14, version 1\): 6 sections, 45 topics/);
    assert.match(text, /have not been reviewed by the Secretariat/);
  });

  it('without a list of the meetings expected, does not guess which are missing', () => {
    const alone = forEdition({ ...reviewRun, models: { reports: reviewRun.models?.reports ?? [] } }, 'final');
    const blocks = buildLayout(alone).method?.blocks ?? [];
    const said = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    assert.match(said, /No list of the meetings expected was given/);
    assert.doesNotMatch(said, /Asia and the Pacific|Africa/);
  });
});

describe('the final edition read back', () => {
  it('has, in the Word file, the review line once on the title page and no scores, flags, candidates or paths', async () => {
    const text = await docxText(await renderDocx(run));
    assertNoReviewMaterial(text, 'mapping.docx');
    assert.equal(text.split('Prepared automatically; not reviewed by the Secretariat.').length - 1, 1);
    assert.match(text, /Background and method/);
  });

  it('has, in the workbook, no review sheet, no score column and no path, the Documents sheet included', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await renderXlsx(run) as unknown as ArrayBuffer);
    assert.equal(book.getWorksheet('Review'), undefined);
    assert.deepEqual((book.getWorksheet('Documents')?.getRow(1).values as unknown[]).slice(1), ['Symbol', 'Region', 'Meeting', 'Recommendations']);
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        for (const value of Array.isArray(row.values) ? row.values : []) {
          if (typeof value === 'string') assertNoReviewMaterial(value, `sheet ${sheet.name}`);
        }
      });
    });
  });

  it('has no absolute path and no review material in HTML, CSV and Markdown, and no absolute path in JSON', () => {
    // The page's <head> names the program that wrote it (a generator meta, not shown).
    assertNoReviewMaterial(renderHtml(run).replace(/<meta name="generator"[^>]*>/, ''), 'index.html');
    assertNoReviewMaterial(renderMarkdown(run), 'mapping.md');
    const csv = renderCsv(run);
    assert.doesNotMatch(csv.split('\n')[0] ?? '', /score|low confidence/);
    assert.doesNotMatch(renderJson(run), /"\/work\/|\/shared\/corpus/);
  });

  it('says in mapping.json\'s header that it is the final edition, and keeps no scores, flags, candidates, precedents or reading notes', () => {
    const data = JSON.parse(renderJson(run)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(data).slice(0, 4), ['concordVersion', 'generatedAt', 'edition', 'omits']);
    assert.equal(data['edition'], 'final');
    assert.match(String(data['omits']), /scores, low-confidence flags, paragraphs ranked next \(candidates\), precedents/);
    assert.deepEqual((data['expectedMeetings'] as { region: string }[]).map((m) => m.region), ['Asia and the Pacific', 'Latin America and the Caribbean', 'Western Asia', 'Africa', 'Europe']);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) { keys.add(k); walk(x); }
    };
    walk(data);
    for (const key of ['score', 'lowConfidence', 'candidates', 'precedent', 'messages', 'pages']) assert.ok(!keys.has(key), `mapping.json carries "${key}"`);
    // What the edition keeps: every recommendation with its topics, their evidence, and its declaration links.
    const recs = data['recommendations'] as { topics: { id: string; evidence: unknown[] }[]; trace?: { status: string; links: { strength: string }[] } }[];
    assert.equal(recs.length, reviewRun.recommendations.length);
    assert.deepEqual(recs.map((r) => r.topics.map((t) => t.id)), reviewRun.recommendations.map((r) => r.topics.map((t) => t.id)));
    assert.ok(recs.every((r) => r.trace !== undefined && r.topics.every((t) => t.evidence.length > 0)));
    assert.ok(recs.some((r) => r.trace?.links.some((l) => l.strength === 'strong')));
  });

  it('leaves the review edition\'s mapping.json as it was: scores, flags and candidates, no edition field', () => {
    const text = renderJson(reviewRun);
    assert.equal(text, `${JSON.stringify({ ...reviewRun, models: undefined }, null, 2)}\n`);
    const data = JSON.parse(text) as { edition?: unknown; recommendations: { topics: { score?: number; lowConfidence?: boolean }[]; trace?: { candidates?: unknown[] } }[] };
    assert.equal(data.edition, undefined);
    assert.ok(data.recommendations.every((r) => r.topics.every((t) => typeof t.score === 'number' && typeof t.lowConfidence === 'boolean')));
    assert.ok(data.recommendations.some((r) => (r.trace?.candidates?.length ?? 0) > 0));
  });
});

describe('the final edition laid out by LibreOffice', { skip: noLayout }, async () => {
  if (noLayout !== false || soffice === undefined) return;
  const paged = await paginate(run, soffice, renderDocx);
  const dir = mkdtempSync(join(tmpdir(), 'concord-final-'));
  writeFileSync(join(dir, 'mapping.pdf'), paged.pdf);
  const pages = execFileSync(PDFTOTEXT, ['-layout', join(dir, 'mapping.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  rmSync(dir, { recursive: true, force: true });
  const flat = (s: string): string => s.replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const layout = buildLayout(paged.run);
  const entries = contentsEntries(layout);
  const contentsPage = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p)) + 1;

  /** Where each heading of the contents falls: searched page by page, in order, after the contents. */
  const falls = new Map<string, number>();
  let from = contentsPage + 1;
  for (const e of entries) {
    const head = flat(e.text).slice(0, 60);
    const at = pages.findIndex((p, i) => i + 1 >= from && flat(p).includes(head));
    if (at >= 0) { falls.set(e.key, at + 1); from = at + 1; }
  }

  it('settles its page numbers in a few layouts', () => {
    assert.ok(paged.stable, `the numbers still moved after ${paged.passes} layouts`);
    assert.ok(paged.passes <= 3);
  });

  it('prints in the contents, as plain text, the page each heading falls on in the PDF', () => {
    const contents = pages[contentsPage - 1] ?? '';
    assert.equal(falls.size, entries.length, 'every heading of the contents is found in the PDF');
    for (const e of entries) {
      const page = falls.get(e.key);
      const printed = layout.pages?.[e.key];
      assert.equal(printed, page, `${e.text}: contents says ${printed}, the heading is on page ${page}`);
    }
    assert.match(contents, /Annex A\. Mapping of the recommendations \(narrative\)\.{3,}\d+/);
  });

  it('points the index at the pages of Annex A and Annex B where each section is', () => {
    const text = pages.join('\n');
    const ids = layout.sections.map((s) => s.id);
    ids.forEach((id, i) => {
      const next = (prefix: string, end: string): number => (falls.get(ids[i + 1] === undefined ? end : `${prefix}_${ids[i + 1]}`) ?? pages.length + 1) - 1;
      const range = (a: number, b: number): string => (b > a ? `pages ${a}\u2013${b}` : `page ${a}`);
      const a = falls.get(`a_${id}`) ?? 0;
      const b = falls.get(`b_${id}`) ?? 0;
      const see = `See: Annex A, ${range(a, next('a', 'annex_b'))}; Annex B, ${range(b, next('b', 'annex_c'))}.`;
      assert.ok(flat(text).includes(see), `index section ${id} should read "${see}"`);
    });
  });

  it('has no field to update: no table-of-contents field and no updateFields setting', async () => {
    const zip = await JSZip.loadAsync(paged.docx);
    assert.doesNotMatch((await zip.file('word/document.xml')?.async('string')) ?? '', /TOC \\/);
    assert.doesNotMatch((await zip.file('word/settings.xml')?.async('string')) ?? '', /updateFields/);
  });

  it('has in the PDF no scores, flags, candidates or paths', () => {
    assertNoReviewMaterial(pages.join('\n'), 'mapping.pdf');
  });
});
