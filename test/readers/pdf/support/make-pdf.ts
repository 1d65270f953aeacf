// Writes small PDFs for tests: text placed at given points in Helvetica or
// Helvetica-Bold, enough to lay out a footnote, a superscript marker, a hanging
// indent or a page break exactly as a test needs. Optionally marked encrypted.

export interface PlacedText {
  readonly x: number;
  /** Baseline, from the page's bottom. */
  readonly y: number;
  readonly size: number;
  readonly text: string;
  readonly bold?: boolean;
}

export interface PdfOptions {
  /** Adds a Standard security handler whose empty password does not open the file. */
  readonly encrypted?: boolean;
}

const escape = (text: string): string => text.replace(/[\\()]/g, (char) => `\\${char}`);

/** A4 pages, each a list of placed texts. */
export function makePdf(pages: readonly (readonly PlacedText[])[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesRoot = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const texts of pages) {
    const stream = texts
      .map((t) => `BT /${t.bold === true ? 'F2' : 'F1'} ${t.size} Tf 1 0 0 1 ${t.x} ${t.y} Tm (${escape(t.text)}) Tj ET`)
      .join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R >>`;
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted === true
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`)
    : undefined;

  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const id = '<0123456789abcdef0123456789abcdef>';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt === undefined ? '' : ` /Encrypt ${encrypt} 0 R`} /ID [${id} ${id}] >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Lays out running lines top-down from `top` with a fixed baseline step, all at `x`. */
export function lines(texts: readonly string[], options: { x: number; top: number; step: number; size: number; bold?: boolean }): PlacedText[] {
  return texts.map((text, index) => ({ x: options.x, y: options.top - index * options.step, size: options.size, text, ...(options.bold === true ? { bold: true } : {}) }));
}
