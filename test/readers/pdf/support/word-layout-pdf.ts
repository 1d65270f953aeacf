// Prints a report's text the way a UN Word template lays it out (running header
// with the document's symbol, "n/N" and job-number footers, masthead, hanging
// paragraph numbers, first-line-indented items, justified text, dotted table of
// contents, footnotes in a smaller font) and converts it to PDF with LibreOffice,
// so the readers meet a second, independent Word and PDF rendering.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, LeaderType, Packer, PageNumber, Paragraph, TabStopType, TextRun,
} from 'docx';

export const FOOTNOTE_TEXT = 'See the report of the Secretary-General on the preparations for the Fourteenth Congress, which describes the arrangements made for the regional preparatory meetings and the documentation before them.';

export interface WordLayoutOptions {
  /** The document's symbol, printed in the masthead and the running header (a test reads it from the text); '' prints none. */
  readonly symbol: string;
  /** Give every n-th paragraph or item an extra footnote of FOOTNOTE_TEXT; 0 for none (default 9). */
  readonly footnoteEvery?: number;
}

export interface WordLayout {
  /** The Word file the PDF is printed from. */
  readonly docx: Buffer;
  /** Footnotes put in: the text's own ones and the extra ones. */
  readonly footnoted: number;
}

/** soffice on PATH, or undefined. */
export function findSoffice(): string | undefined {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return 'soffice';
  } catch {
    return undefined;
  }
}

const clean = (raw: string): string => raw.replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/<\/?[a-z]+>/gi, '').replace(/^\s*-\s+/, '').trim();
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/;
// Footnote markers, and markdown emphasis the converter wrote for Word's italics ("the *modi operandi* of").
const INLINE = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<![\w*])\*[^*\s][^*\n]*?\*(?![\w*]))/;

/** The text's lines, cleaned, with the halves of paragraphs its own page breaks (and footnotes) split joined again. */
function sourceLines(txt: string): { lines: [raw: string, line: string][]; notes: Map<string, string[]> } {
  const lines: [string, string][] = [];
  const notes = new Map<string, string[]>();
  for (const raw of txt.split(/\r?\n/)) {
    const line = clean(raw);
    if (line === '') continue;
    const note = FOOTNOTE_LINE.exec(line);
    if (note !== null) {
      const [, marker = '', text = ''] = note;
      notes.set(marker, [...(notes.get(marker) ?? []), text]);
      continue;
    }
    const last = lines.at(-1);
    if (/^\p{Ll}/u.test(line) && last !== undefined) last[1] += ` ${line}`;
    else lines.push([raw, line]);
  }
  return { lines, notes };
}

const footnote = (text: string): FootnoteReferenceRun =>
  new FootnoteReferenceRun({ children: [new Paragraph({ children: [new TextRun({ text, size: 16 })] })] });

/** Builds the Word file from the converted text. */
export async function wordLayoutDocx(txt: string, options: WordLayoutOptions): Promise<WordLayout> {
  const { symbol, footnoteEvery = 9 } = options;
  const { lines, notes } = sourceLines(txt);
  let footnoted = 0;
  /** A text's runs: emphasis in italics, each footnote marker a Word footnote carrying the text's own footnote. */
  const runsOf = (text: string, bold = false): (TextRun | FootnoteReferenceRun)[] => text.split(INLINE).filter((part) => part !== '').map((part) => {
    const note = notes.get(part)?.shift();
    if (note !== undefined) {
      footnoted++;
      return footnote(note);
    }
    const italics = /^\*.+\*$/.test(part);
    const plain = (italics ? part.slice(1, -1) : part).replaceAll('*', '');
    return new TextRun(bold || italics ? { text: plain, ...(bold ? { bold } : {}), ...(italics ? { italics } : {}) } : plain);
  });
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Distr.: General', size: 18 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '7 May 2019', size: 18 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 480 }, children: [new TextRun({ text: 'Original: English', size: 18 })] }),
  ];
  let units = 0;
  let inContents = false;
  for (const [raw, line] of lines) {
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
      const runs = runsOf(`${label}\t${text}`);
      if (footnoteEvery > 0 && units % footnoteEvery === 0) {
        footnoted++;
        runs.push(footnote(FOOTNOTE_TEXT));
      }
      const indent = paragraph !== null ? { left: 1701, hanging: 567 } : { left: 1134, firstLine: 567 };
      const tab = paragraph !== null ? 1701 : 2268;
      children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 240 }, indent, tabStops: [{ type: TabStopType.LEFT, position: tab }], children: runs }));
      continue;
    }
    if (line.includes('\t')) {
      // A row of a list laid out with a tab (officers, the list of documents): plain, its columns at a tab stop.
      children.push(new Paragraph({ spacing: { after: 60 }, indent: { left: 1134 }, tabStops: [{ type: TabStopType.LEFT, position: 5670 }], children: runsOf(line) }));
      continue;
    }
    children.push(new Paragraph({ keepNext: true, spacing: { before: 120, after: 120 }, children: runsOf(line, true) }));
  }
  const document = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 } } } },
    sections: [{
      properties: { titlePage: true },
      headers: {
        first: new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [new TextRun({ text: symbol === '' ? 'United Nations' : `United Nations\t${symbol}`, bold: true, size: 20 })] })] }),
        default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: symbol, bold: true, size: 17 })] })] }),
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

/** The Word file, the PDF LibreOffice prints from it, and the number of footnotes put in; throws when soffice fails. */
export async function wordLayoutPdf(txtPath: string, soffice: string, options: WordLayoutOptions): Promise<WordLayout & { pdf: Uint8Array }> {
  const layout = await wordLayoutDocx(readFileSync(txtPath, 'utf8'), options);
  const dir = mkdtempSync(join(tmpdir(), 'concord-pdf-'));
  try {
    writeFileSync(join(dir, 'report.docx'), layout.docx);
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore', timeout: 240_000 });
    return { ...layout, pdf: new Uint8Array(readFileSync(join(dir, 'report.pdf'))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
