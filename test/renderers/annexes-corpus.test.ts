// The annexes a delegate can rely on, on the real corpus: the corpus folder (the three regional
// reports and the Secretariat's snapshot) traced into the congress report, each format read back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildRun } from '../../src/pipeline/run.ts';
import { buildLayout } from '../../src/renderers/layout/index.ts';
import { renderHtml } from '../../src/renderers/html/index.ts';
import { renderMarkdown } from '../../src/renderers/md/index.ts';
import { renderDocx } from '../../src/renderers/docx/index.ts';
import { renderXlsx } from '../../src/renderers/xlsx/index.ts';
import { LINE_POINTS, MAX_ROW_POINTS, wrap } from '../../src/renderers/xlsx/fit.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const run = await buildRun([sharedPath('corpus', 'crime-congress-14')], { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
const layout = buildLayout(run);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docx = await renderDocx(run);
const documentXml = new DOMParser().parseFromString(await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string'), 'text/xml');

/** The regions in the order the snapshot lists the meetings ("A/CONF.234/RPM.3/1 (Latin America and the Caribbean; …"). */
const snapshotOrder = [...readFileSync(corpusPath('snapshot-rpm-outcomes.txt'), 'utf8').matchAll(/A\/CONF\.234\/RPM\.\d\/1 \(([^;]+);/g)].map((m) => m[1] ?? '');

describe('regions in the Secretariat\'s order', () => {
  const expected = snapshotOrder.filter((region) => run.documents.some((d) => d.region === region));

  it('reads the order of the meetings the snapshot lists, of which three are mapped', () => {
    assert.deepEqual(snapshotOrder, ['Asia and the Pacific', 'Latin America and the Caribbean', 'Western Asia', 'Africa', 'Europe']);
    assert.equal(expected.length, 3);
  });

  it('orders the columns, the documents and Annex C\'s groups and coverage as the snapshot lists the meetings', () => {
    assert.deepEqual(layout.columns.map((c) => c.label), expected);
    assert.deepEqual(layout.documents.map((d) => d.region), expected);
    assert.deepEqual(layout.tracing?.recommendations.map((g) => g.column.label), expected);
    assert.deepEqual(layout.tracing?.byRegion.map((r) => r.label), expected);
  });

  it('orders the regions so in the HTML matrix and the Markdown coverage table', () => {
    const html = renderHtml(run);
    const head = /<table class="grid matrix"><thead><tr>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    assert.deepEqual([...head.matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]).filter((h) => expected.includes(h ?? '')), expected);
    const md = renderMarkdown(run);
    const rows = md.slice(md.indexOf('| Region | Strong')).split('\n').slice(2, 5).map((line) => line.split(' | ')[0]?.replace(/^\| /, ''));
    assert.deepEqual(rows, expected);
  });
});

const textOf = (node: Element): string => [...node.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join('');
const childrenNamed = (node: Element, name: string): Element[] => [...node.childNodes].filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === name);
const rowHas = (tr: Element, prop: string): boolean => childrenNamed(tr, 'trPr').some((p) => childrenNamed(p, prop).length > 0);
/** The tables of Annex B: those after its heading and before Annex C's. */
function annexBTables(): Element[] {
  const body = documentXml.getElementsByTagNameNS(W, 'body')[0]!;
  const out: Element[] = [];
  let inB = false;
  for (const child of [...body.childNodes].filter((c): c is Element => c.nodeType === 1)) {
    const text = textOf(child);
    if (child.localName === 'p' && text.startsWith('Annex B. Mapping')) inB = true;
    if (child.localName === 'p' && text.startsWith('Annex C. From')) inB = false;
    if (inB && child.localName === 'tbl') out.push(child);
  }
  return out;
}

describe('Annex B in Word', () => {
  const tables = annexBTables();
  const topics = layout.sections.flatMap((s) => s.topics);

  it('has one table per topic, headed by the topic\'s label and the regions, header rows that repeat on every page', () => {
    assert.equal(tables.length, topics.length);
    tables.forEach((table, i) => {
      const rows = childrenNamed(table, 'tr');
      const topic = topics[i]!;
      assert.ok(textOf(rows[0]!).startsWith(`${topic.id.replace(/(\d+)$/, '.$1')} ${topic.label}`), textOf(rows[0]!));
      assert.deepEqual(childrenNamed(rows[1]!, 'tc').map(textOf), layout.columns.map((c) => c.label));
      assert.ok(rowHas(rows[0]!, 'tblHeader') && rowHas(rows[1]!, 'tblHeader'));
      assert.ok(rows.slice(2).every((tr) => !rowHas(tr, 'tblHeader')));
    });
  });

  it('never lets a row break across pages (cantSplit on every row), each row one recommendation per region', () => {
    let pairs = 0;
    for (const table of tables) {
      for (const tr of childrenNamed(table, 'tr')) {
        assert.ok(rowHas(tr, 'cantSplit'));
        for (const tc of childrenNamed(tr, 'tc')) assert.ok((textOf(tc).match(/A\/CONF\.234\/RPM\.\d\/1, para\./g) ?? []).length <= 1);
        pairs += (textOf(tr).match(/A\/CONF\.234\/RPM\.\d\/1, para\./g) ?? []).length;
      }
    }
    assert.equal(pairs, layout.assignmentCount);
  });

  const soffice = spawnSync('which', ['soffice']).status === 0;
  it('as LibreOffice lays it out: each row\'s recommendations on one page, and every page of Annex B names its topic at the top', { skip: soffice ? false : 'soffice is absent' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-annex-b-'));
    writeFileSync(join(dir, 'mapping.docx'), docx);
    const converted = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'mapping.docx')], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(converted.status, 0, converted.stderr);
    const pdf = join(dir, 'mapping.pdf');
    const pages = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout.split('\f');
    const flat = pages.map((p) => p.replace(/\s+/g, ' '));
    const first = flat.findIndex((p) => p.includes('Annex B. Mapping of the recommendations (matrix)') && !p.includes('Contents'));
    const last = flat.findIndex((p, i) => i > first && p.includes('Annex C. From the regional'));
    assert.ok(first > 0 && last > first);
    const labels = topics.map((t) => `${t.id.replace(/(\d+)$/, '.$1')} `);
    for (let i = first + 1; i < last; i += 1) {
      // After the running header, the page opens with a section heading or a topic's repeated label.
      const top = (pages[i] ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Mapping of the recommendations'))[0] ?? '';
      assert.ok(/^[A-F]\. /.test(top) || labels.some((l) => top.startsWith(l)), `page ${i + 1} opens with "${top}"`);
    }
    // Each recommendation's first and last words stand on the same page as its citation.
    for (const e of topics.flatMap((t) => t.cells.flatMap((c) => c.entries))) {
      const words = e.recommendation.text.replace(/\s+/g, ' ').trim();
      const head = `${e.recommendation.citation}`;
      const tail = words.slice(-25);
      const at = flat.slice(first, last).findIndex((p) => p.includes(head) && p.includes(tail));
      assert.ok(at >= 0, `${head} … ${tail} on one page`);
    }
  });
});

describe('Excel: no clipped cell', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await renderXlsx(run) as unknown as ArrayBuffer);

  it('gives every row the height its wrapped text needs, never over Excel\'s 409 points', () => {
    for (const sheet of book.worksheets) {
      const widths = (sheet.columns ?? []).map((c) => c.width ?? 10);
      sheet.eachRow((row, n) => {
        if (n === 1 || row.height === undefined) return;
        assert.ok(row.height <= MAX_ROW_POINTS, `${sheet.name} row ${n}`);
        row.eachCell((cell, col) => {
          if (typeof cell.value !== 'string') return;
          assert.ok(wrap(cell.value, widths[col - 1] ?? 10).length * LINE_POINTS <= row.height, `${sheet.name}!${cell.address}`);
        });
      });
    }
  });

  it('splits a text too long for one cell across continued rows that read back to the whole text', async () => {
    // No recommendation of the corpus exceeds a cell (the longest has 895 characters): one made of a report's first twelve does.
    const long = run.recommendations.filter((r) => r.region === 'Europe').slice(0, 12).map((r) => r.text).join(' ');
    const first = run.recommendations[0]!;
    const longRun = { ...run, recommendations: run.recommendations.map((r) => (r === first ? { ...r, text: long } : r)) };
    const longBook = new ExcelJS.Workbook();
    await longBook.xlsx.load(await renderXlsx(longRun) as unknown as ArrayBuffer);
    const sheet = longBook.getWorksheet(`Matrix ${first.topics[0]!.id.replace(/\d+$/, '')}`)!;
    const column = layout.columns.findIndex((c) => c.region === first.region) + 3;
    const cells: string[] = [];
    sheet.eachRow((row, n) => { if (n > 1) cells.push(String(row.getCell(column).value ?? '')); });
    const at = cells.findIndex((c) => c.startsWith(`${first.citation}: `));
    const continued = cells.slice(at + 1).filter((c, i, all) => c.startsWith('(cont.) ') && all.slice(0, i).every((x) => x.startsWith('(cont.) ')));
    assert.ok(continued.length >= 1, 'continued on the next row');
    const joined = [cells[at]!, ...continued].join(' ').replace(/\(cont\.\) /g, '').replace(/\s+/g, ' ');
    assert.equal(joined, `${first.citation}${first.topics[0]!.lowConfidence ? ' [to review]' : ''}: ${long}`.replace(/\s+/g, ' '));
    let topicRows = 0;
    sheet.eachRow((row, n) => { if (n > 1 && String(row.getCell(1).value).startsWith(first.topics[0]!.id.replace(/(\d+)$/, '.$1'))) topicRows += 1; });
    assert.ok(topicRows >= 2);
  });

  it('prints every sheet landscape, one page wide, its header row on each page, within a print area', () => {
    for (const sheet of book.worksheets) {
      assert.equal(sheet.pageSetup.orientation, 'landscape', sheet.name);
      assert.equal(sheet.pageSetup.printTitlesRow, '1:1', sheet.name);
      assert.match(sheet.pageSetup.printArea ?? '', /^A1:[A-Z]+\d+$/, sheet.name);
      assert.equal(sheet.pageSetup.fitToWidth, 1);
    }
  });
});

describe('highlighting on the corpus', () => {
  const segmentLists = [
    ...layout.sections.flatMap((s) => s.topics.flatMap((t) => t.cells.flatMap((c) => c.entries.map((e) => e.segments)))),
    ...(layout.tracing?.recommendations.flatMap((g) => g.items.flatMap((i) => [i.segments, ...i.links.flatMap((l) => [l.recommendationSegments, l.outcomeSegments])])) ?? []),
  ];
  /** Each highlight with the text just before and after it. */
  const marks = segmentLists.flatMap((segments) => segments.flatMap((s, i) => (s.marked ? [{ before: segments[i - 1]?.text ?? '', text: s.text, after: segments[i + 1]?.text ?? '' }] : [])));

  it('never cuts a name: "Member States", "2030 Agenda", "Bangalore Principles of Judicial Conduct"', () => {
    assert.ok(marks.some((m) => m.text.includes('Member States')));
    assert.ok(marks.some((m) => m.text.includes('Bangalore Principles of Judicial Conduct')));
    for (const m of marks) {
      assert.ok(!(m.text.endsWith('Member') && m.after.startsWith(' States')), m.text);
      assert.ok(!(m.text.endsWith('2030') && m.after.startsWith(' Agenda')), m.text);
      assert.ok(!(m.text.endsWith('Judicial') && m.after.startsWith(' Conduct')), m.text);
    }
  });

  it('never ends or starts a highlight inside a capitalised multi-word name', () => {
    for (const m of marks) {
      // "… Member|States …": a capitalised word on both sides of the edge, inside a clause.
      const endsInName = /(?:^|\s)(?:\p{Lu}[\p{L}-]*|\d+)$/u.test(m.text) && /^ (?:(?:of|for|on|the) )?\p{Lu}/u.test(m.after);
      const startsInName = /^\p{Lu}/u.test(m.text) && /[^.;:(\s]\s*\b\p{Lu}[\p{L}-]* (?:(?:of|for|on|the) )?$/u.test(m.before) && !/(?:^|[;:.]\s*)\p{Lu}[\p{L}-]* $/u.test(m.before);
      assert.ok(!endsInName, `"${m.text}|${m.after.slice(0, 30)}"`);
      assert.ok(!startsInName, `"${m.before.slice(-30)}|${m.text}"`);
    }
  });

  it('never marks a lone common word', () => {
    const common = /^(?:the|a|an|of|and|or|to|in|for|on|with|as|by|at|from|that|this|these|those|its|their|all|other|such|also|including)$/i;
    for (const m of marks) assert.ok(!common.test(m.text.trim()), `"${m.text}"`);
  });
});

describe('Annex C a delegate can rely on', () => {
  const tracing = layout.tracing!;
  const order = new Map(layout.columns.map((c, i) => [c.label, i] as const));

  it('gives each recommendation one line first, by region and citation, with its topics, status and paragraphs', () => {
    const html = renderHtml(run);
    const annexC = html.slice(html.indexOf('<section id="annex-c"'));
    const summary = annexC.slice(annexC.indexOf('id="c-summary"'), annexC.indexOf('id="c-recommendations"'));
    assert.ok(annexC.indexOf('id="c-summary"') < annexC.indexOf('id="c-recommendations"'));
    const lines = [...summary.matchAll(/<tr><td><a href="#c-[^"]+">([^<]+)<\/a><\/td><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2]]);
    assert.equal(lines.length, run.recommendations.length);
    const ranks = lines.map(([, region]) => order.get(region ?? '') ?? -1);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    assert.ok(summary.includes('para. 10 (strong)'));
  });

  it('puts side by side only the recommendations with a corresponding paragraph', () => {
    const html = renderHtml(run);
    const detail = html.slice(html.indexOf('id="c-recommendations"'), html.indexOf('id="c-paragraphs"'));
    const shown = (detail.match(/<div class="traced" id="c-/g) ?? []).length;
    assert.equal(shown, run.recommendations.filter((r) => (r.trace?.links.length ?? 0) > 0).length);
  });

  it('lists the recommendations behind each declaration paragraph by region and citation', () => {
    const position = new Map(run.recommendations.map((r) => [r.id, r] as const));
    for (const p of tracing.paragraphs) {
      const keys = p.reverse.map((b) => {
        const r = position.get(b.recommendationId)!;
        return [order.get(layout.columns.find((c) => c.region === r.region)?.label ?? '') ?? 99, r.paragraph, r.subparagraph] as const;
      });
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
      assert.deepEqual(keys, sorted, p.citation);
    }
  });
});
