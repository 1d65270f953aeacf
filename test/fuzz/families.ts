// Generators for each input family that once took quadratic time or worse (issue 13), at a
// size n: the fuzzer feeds them at growing sizes, the growth test times n against 2n.
import { docxOf, para, pdfLine, pdfOf, wordNs } from './build-files.ts';

export interface Input {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Family {
  readonly id: string;
  readonly format: 'txt' | 'docx' | 'pdf';
  /** The size the issue quoted (the fuzzer goes up to 4x). */
  readonly quoted: number;
  /** Whether the growth test times it (families refused by a budget or limit are not linear in anything). */
  readonly timed: boolean;
  /** The largest n still under the readers' limits (characters per line, paragraphs, styles, XML tags, zip ratio). */
  readonly max?: number;
  readonly make: (n: number) => Promise<Input> | Input;
}

/** Eight letters that differ from index to index, so generated parts do not compress like a zip bomb. */
const noise = (i: number): string => {
  let x = (i + 1) * 2654435761;
  let out = '';
  for (let k = 0; k < 8; k++) {
    x = (x ^ (x >>> 13)) * 1274126177 >>> 0;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
};

const text = (name: string, body: string): Input => ({ name, bytes: new Uint8Array(Buffer.from(body, 'utf8')) });
const HEAD = 'Report of the European Regional Preparatory Meeting for the Fourteenth United Nations Congress, held in Vienna from 23 to 25 April 2019\n\nI. Introduction\n\n';

const styleXml = (styles: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${wordNs}>${styles}</w:styles>`;

export const FAMILIES: readonly Family[] = [
  { id: 'txt-link-brackets', format: 'txt', max: 900_000, quoted: 40_000, timed: true, make: (n) => text('brackets.txt', `${HEAD}1. The Meeting ${'['.repeat(n)} opened.\n`) },
  { id: 'txt-link-open', format: 'txt', max: 900_000, quoted: 40_000, timed: true, make: (n) => text('links.txt', `${HEAD}1. The Meeting ${'[a]('.repeat(Math.ceil(n / 4))} opened.\n`) },
  { id: 'txt-held-title', format: 'txt', max: 900_000, quoted: 80_000, timed: true, make: (n) => text('held.txt', `Report of the Meeting${', held in Vienna'.repeat(Math.ceil(n / 16))}\n\nI. Introduction\n\n1. The Meeting opened.\n`) },
  { id: 'txt-wrapped-title', format: 'txt', max: 240_000, quoted: 50_000, timed: true, make: (n) => text('wrapped.txt', `Report of the Meeting of\n${'experts and\n'.repeat(n)}\nI. Introduction\n\n1. The Meeting opened.\n`) },
  {
    id: 'txt-footnote-markers', format: 'txt', max: 140_000, quoted: 50_000, timed: true,
    make: (n) => text('markers.txt', `${HEAD}1. The Meeting${' noted¹'.repeat(n)} opened.\n\n¹ A footnote.\n`),
  },
  { id: 'txt-repeated-ids', format: 'txt', max: 700_000, quoted: 25_000, timed: true, make: (n) => text('annexes.txt', `${HEAD}1. The Meeting opened.\n\n${'Annex\n\n1. An annexed text.\n\n'.repeat(Math.ceil(n / 3))}`) },
  { id: 'txt-toc-front-matter', format: 'txt', max: 240_000, quoted: 25_000, timed: true, make: (n) => text('toc.txt', `${'Front matter line\n'.repeat(n)}Contents\nIntroduction\t1\n\nI. Introduction\n\n1. The Meeting opened.\n`) },
  {
    id: 'docx-doctype-long', format: 'docx', max: 900_000, quoted: 200_000, timed: true,
    make: async (n) => ({ name: 'doctype.docx', bytes: await docxOf({ body: para('1. The Meeting opened.'), styles: `<?xml version="1.0"?><!DOCTYPE s [${'] '.repeat(Math.ceil(n / 2))}]><w:styles ${wordNs}/>` }) }),
  },
  {
    id: 'docx-doctype-many', format: 'docx', max: 900_000, quoted: 200_000, timed: true,
    make: async (n) => ({ name: 'doctypes.docx', bytes: await docxOf({ body: para('1. The Meeting opened.'), styles: `<?xml version="1.0"?>${'<!DOCTYPE s '.repeat(Math.ceil(n / 12))}><w:styles ${wordNs}/>` }) }),
  },
  {
    id: 'docx-style-chain', format: 'docx', max: 20_000, quoted: 12_500, timed: true,
    make: async (n) => {
      const styles = Array.from({ length: n }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="Style ${noise(i)}"/>${i === 0 ? '' : `<w:basedOn w:val="s${i - 1}"/>`}</w:style>`).join('');
      const body = Array.from({ length: Math.ceil(n / 10) }, (_, i) => para(`${i + 1}. The Meeting met ${noise(i)}.`, `<w:pStyle w:val="s${n - 1 - (i % n)}"/>`)).join('');
      return { name: 'styles.docx', bytes: await docxOf({ body, styles: styleXml(styles) }) };
    },
  },
  {
    id: 'docx-header-relationships', format: 'docx', max: 10_000, quoted: 250, timed: true,
    make: async (n) => {
      const header = `<?xml version="1.0"?><w:hdr ${wordNs}>${para('A/CONF.234/RPM.5/1').repeat(2000)}</w:hdr>`;
      const rels = Array.from({ length: n }, (_, i) => `<Relationship Id="h${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`).join('');
      return { name: 'headers.docx', bytes: await docxOf({ body: para('1. The Meeting opened.'), relationships: rels, extra: { 'word/header1.xml': header } }) };
    },
  },
  {
    id: 'docx-letter-list', format: 'docx', max: 33_000, quoted: 20_000, timed: true,
    make: async (n) => {
      const numbering = `<?xml version="1.0"?><w:numbering ${wordNs}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
      const body = para('1. The Meeting recommended:') + Array.from({ length: n }, (_, i) => para(`an item ${noise(i)};`, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join('');
      return { name: 'letters.docx', bytes: await docxOf({ body, numbering }) };
    },
  },
  {
    id: 'docx-list-start', format: 'docx', quoted: 400_000_000, timed: false,
    make: async (n) => {
      const numbering = `<?xml version="1.0"?><w:numbering ${wordNs}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${n}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
      const body = para('1. The Meeting recommended:') + para('an item;', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>').repeat(50);
      return { name: 'start.docx', bytes: await docxOf({ body, numbering }) };
    },
  },
  {
    id: 'docx-footnote-references', format: 'docx', max: 57_000, quoted: 50_000, timed: true,
    make: async (n) => {
      const footnotes = `<?xml version="1.0"?><w:footnotes ${wordNs}><w:footnote w:id="1"><w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
      const refs = Array.from({ length: n }, (_, i) => `<w:r><w:t xml:space="preserve"> ${noise(i)}</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>`).join('');
      return { name: 'refs.docx', bytes: await docxOf({ body: `<w:p><w:r><w:t>1. The Meeting</w:t></w:r>${refs}</w:p>`, footnotes }) };
    },
  },
  {
    id: 'docx-bad-symbol', format: 'docx', quoted: 1, timed: false,
    make: async (n) => ({ name: 'symbol.docx', bytes: await docxOf({ body: `<w:p><w:r><w:t>1. The Meeting</w:t><w:sym w:font="Symbol" w:char="${(0x110000 + n).toString(16)}"/></w:r></w:p>` }) }),
  },
  {
    id: 'pdf-nested-q', format: 'pdf', quoted: 200_000, timed: false,
    make: (n) => ({ name: 'nested.pdf', bytes: pdfOf([`${'q '.repeat(n)}${pdfLine(70, 700, '1. The Meeting opened.')}${' Q'.repeat(n)}`]) }),
  },
  {
    // One block of n one-letter lines (a damaged font's text, one glyph per line): joining a block's lines was quadratic.
    id: 'pdf-many-lines', format: 'pdf', max: 64_000, quoted: 8_000, timed: true,
    make: (n) => {
      const step = 760 / n;
      return { name: 'lines.pdf', bytes: pdfOf([Array.from({ length: n }, (_, i) => pdfLine(70, 800 - i * step, 'a', 2 * step)).join('\n')]) };
    },
  },
  {
    // A table-of-contents leader of n dots on one line: the leader pattern backtracked through every dot.
    id: 'pdf-leader-dots', format: 'pdf', max: 400_000, quoted: 20_000, timed: true,
    make: (n) => ({ name: 'leader.pdf', bytes: pdfOf([`${pdfLine(70, 700, `Introduction ${'.'.repeat(n)}`, 10)}\n${pdfLine(70, 688, '1. The Meeting opened.')}`]) }),
  },
  {
    id: 'pdf-negative-page-count', format: 'pdf', quoted: 1, timed: false,
    make: () => {
      const good = Buffer.from(pdfOf([pdfLine(70, 700, '1. The Meeting opened.')])).toString('latin1');
      return { name: 'count.pdf', bytes: new Uint8Array(Buffer.from(good.replace('/Count 1', '/Count -1'), 'latin1')) };
    },
  },
];
