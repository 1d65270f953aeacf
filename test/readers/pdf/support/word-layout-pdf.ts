// Prints the European report's text the way a UN Word template lays it out
// (running header with the symbol, "n/N" and job-number footers, masthead,
// hanging paragraph numbers, first-line-indented items, justified text, dotted
// table of contents, footnotes in a smaller font) and converts it to PDF with
// LibreOffice, so the reader meets a second, independent PDF rendering.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, LeaderType, Packer, PageNumber, Paragraph, TabStopType, TextRun,
} from 'docx';

const SYMBOL = 'A/CONF.234/RPM.5/1';
const FOOTNOTE_EVERY = 9;
export const FOOTNOTE_TEXT = 'See the report of the Secretary-General on the preparations for the Fourteenth Congress, which describes the arrangements made for the regional preparatory meetings and the documentation before them.';

/** soffice on PATH, or undefined. */
export function findSoffice(): string | undefined {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return 'soffice';
  } catch {
    return undefined;
  }
}

/** The text's lines, cleaned, with the halves of paragraphs its own page breaks split joined again. */
function sourceLines(txt: string): [raw: string, line: string][] {
  const result: [string, string][] = [];
  for (const raw of txt.split(/\r?\n/)) {
    const line = raw.replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/<\/?[a-z]+>/gi, '').replace(/^\s*-\s+/, '').trim();
    if (line === '') continue;
    const last = result.at(-1);
    if (/^\p{Ll}/u.test(line) && last !== undefined) last[1] += ` ${line}`;
    else result.push([raw, line]);
  }
  return result;
}

/** Builds the Word file from the converted text; `footnoted` counts the units given a footnote. */
async function buildDocx(txt: string): Promise<{ docx: Buffer; footnoted: number }> {
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Distr.: General', size: 18 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '7 May 2019', size: 18 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 480 }, children: [new TextRun({ text: 'Original: English', size: 18 })] }),
  ];
  let units = 0;
  let footnoted = 0;
  let inContents = false;
  for (const [raw, line] of sourceLines(txt)) {
    if (line === 'Contents') {
      inContents = true;
      children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: 'Contents', bold: true, size: 24 })] }));
      continue;
    }
    if (inContents) {
      if (!raw.includes('\t')) inContents = false;
      else {
        const [entry = '', page = ''] = line.split('\t');
        if (page.trim() === '') {
          children.push(new Paragraph({ alignment: entry.trim() === 'Page' ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { after: 60 }, children: [new TextRun(entry.trim())] }));
        } else {
          children.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }], spacing: { after: 60 }, children: [new TextRun(`${entry.trim()}\t${page.trim()}`)] }));
        }
        continue;
      }
    }
    const paragraph = /^(\d{1,3}\.)\s+(.*)$/.exec(line);
    const item = /^(\([a-z]{1,4}\))\s+(.*)$/.exec(line);
    if (paragraph !== null || item !== null) {
      units++;
      const [, label = '', text = ''] = (paragraph ?? item) as RegExpExecArray;
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(`${label}\t${text}`)];
      if (units % FOOTNOTE_EVERY === 0) {
        footnoted++;
        runs.push(new FootnoteReferenceRun({ children: [new Paragraph({ children: [new TextRun({ text: FOOTNOTE_TEXT, size: 16 })] })] }));
      }
      const indent = paragraph !== null ? { left: 1701, hanging: 567 } : { left: 1134, firstLine: 567 };
      const tab = paragraph !== null ? 1701 : 2268;
      children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 240 }, indent, tabStops: [{ type: TabStopType.LEFT, position: tab }], children: runs }));
      continue;
    }
    children.push(new Paragraph({ keepNext: true, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: line, bold: true })] }));
  }
  const document = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 } } } },
    sections: [{
      properties: { titlePage: true },
      headers: {
        first: new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [new TextRun({ text: `United Nations\t${SYMBOL}`, bold: true, size: 20 })] })] }),
        default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: SYMBOL, bold: true, size: 17 })] })] }),
      },
      footers: {
        first: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: 'V.19-02841 (E)    080519    090519', size: 16 })] }), new Paragraph({ children: [new TextRun({ text: '*1902841*', size: 16 })] })] }),
        default: new Footer({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [new TextRun({ size: 17, children: ['V.19-02841\t', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })] })] }),
      },
      children,
    }],
  });
  return { docx: await Packer.toBuffer(document), footnoted };
}

/** The PDF bytes and the number of footnotes put in; throws when soffice fails. */
export async function wordLayoutPdf(txtPath: string, soffice: string): Promise<{ pdf: Uint8Array; footnoted: number }> {
  const { docx, footnoted } = await buildDocx(readFileSync(txtPath, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'concord-pdf-'));
  try {
    writeFileSync(join(dir, 'report.docx'), docx);
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore', timeout: 240_000 });
    return { pdf: new Uint8Array(readFileSync(join(dir, 'report.pdf'))), footnoted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
