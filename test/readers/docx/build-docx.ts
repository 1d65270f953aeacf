// Test support: builds small .docx packages by hand with jszip, so a test can say
// exactly which WordprocessingML it feeds the reader (numbering, footnotes,
// fields, headers) or how it breaks the container.
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  readonly body: string;
  /** Inner XML of w:numbering. */
  readonly numbering?: string;
  /** Inner XML of w:styles. */
  readonly styles?: string;
  /** Inner XML of w:footnotes (the separator notes are added). */
  readonly footnotes?: string;
  /** Full inner XML of each header's w:hdr. */
  readonly headers?: readonly string[];
  /** Replaces word/document.xml entirely (for hostile XML). */
  readonly documentXml?: string;
  /** Leave out word/document.xml and its relationship. */
  readonly withoutDocument?: boolean;
}

/** A paragraph: p('Text'), p('Text', '<w:pStyle w:val="Heading1"/>'). */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** pPr markup for list numbering: numPr(3, 1). */
export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** An abstract list definition: levels as [numFmt, lvlText, start?]. */
export function abstractNum(id: number, levels: ReadonlyArray<readonly [string, string, number?]>): string {
  const lvls = levels.map(([fmt, text, start], ilvl) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`).join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

/** A concrete list instance, optionally restarting level 0 at `start`. */
export function num(numId: number, abstractId: number, startOverride?: number): string {
  const override = startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`;
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}

export async function buildDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const headers = parts.headers ?? [];
  const wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${wml}.document.main+xml"/>`,
    parts.numbering === undefined ? '' : `<Override PartName="/word/numbering.xml" ContentType="${wml}.numbering+xml"/>`,
    parts.styles === undefined ? '' : `<Override PartName="/word/styles.xml" ContentType="${wml}.styles+xml"/>`,
    parts.footnotes === undefined ? '' : `<Override PartName="/word/footnotes.xml" ContentType="${wml}.footnotes+xml"/>`,
    ...headers.map((_, i) => `<Override PartName="/word/header${i + 1}.xml" ContentType="${wml}.header+xml"/>`),
  ].join('');
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${overrides}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rels = [
    parts.numbering === undefined ? '' : `<Relationship Id="rNum" Type="${REL}/numbering" Target="numbering.xml"/>`,
    parts.styles === undefined ? '' : `<Relationship Id="rSty" Type="${REL}/styles" Target="styles.xml"/>`,
    parts.footnotes === undefined ? '' : `<Relationship Id="rFn" Type="${REL}/footnotes" Target="footnotes.xml"/>`,
    ...headers.map((_, i) => `<Relationship Id="rH${i}" Type="${REL}/header" Target="header${i + 1}.xml"/>`),
  ].join('');
  if (parts.withoutDocument !== true) {
    zip.file('word/document.xml', parts.documentXml ?? `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`);
    zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  }
  if (parts.numbering !== undefined) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${parts.styles}</w:styles>`);
  if (parts.footnotes !== undefined) {
    const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${NS}>${separators}${parts.footnotes}</w:footnotes>`);
  }
  headers.forEach((inner, i) => zip.file(`word/header${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${NS}>${inner}</w:hdr>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
