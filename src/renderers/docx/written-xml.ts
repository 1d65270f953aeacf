// A block of the Word document written to its XML ahead of the document (see staged.ts). docx writes a
// document in one go once it is complete: every block is turned into its XML object (prepForXml), the body's
// tables of contents are filled in from its headings, and the whole is written out as text. A block built early
// and holding no heading, no table of contents and no field is not touched by the filling in, so its text can be
// written while the main thread still maps and traces. writtenXml writes an XML object as docx does (the `xml`
// package's format, without indentation, quirks and all: render-begun.test.ts checks the document is the same
// byte for byte), and `written` gives docx that text to put in as it stands.

import type { IXmlableObject } from 'docx';

const ESCAPED: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const escape = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPED[c] ?? '');
const valueOf = (value: unknown): string => (typeof value === 'string' ? escape(value) : String(value));

/** Elements that mark a block the filling in reads or changes: headings (by style or outline level), tables of contents, fields. */
const TOUCHED = new Set(['w:pStyle', 'w:outlineLvl', 'w:sdt', 'w:fldChar', 'w:fldSimple', 'w:instrText']);

class Touched extends Error {}

function element(data: Readonly<Record<string, unknown>>, out: string[]): void {
  const name = Object.keys(data)[0];
  if (name !== undefined && TOUCHED.has(name)) throw new Touched();
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const addAttributes = (attr: Readonly<Record<string, unknown>>): void => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${valueOf(value)}"`);
  };
  // The content as docx collects it: an empty marker first, a text replacing the entry before it.
  const content: (string | Readonly<Record<string, unknown>> | undefined)[] = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Readonly<Record<string, unknown>>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let text = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object' && value !== null) {
            const v = value as Readonly<Record<string, unknown>>;
            if (Object.keys(v)[0] === '_attr') addAttributes(v._attr as Readonly<Record<string, unknown>>);
            else content.push(v);
          } else if (typeof value === 'object') {
            throw new Touched(); // a null child: left to docx
          } else {
            content.pop();
            text = true;
            content.push(value === undefined ? undefined : valueOf(value));
          }
        }
        if (!text) content.push('');
      }
    }
  } else {
    content.push(values === undefined ? undefined : valueOf(values));
  }
  out.push(`${name ? `<${name}` : ''}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}${content.length > 0 ? (name ? '>' : '') : '/>'}`);
  if (content.length === 0) return;
  for (const child of content) {
    if (child === undefined) continue;
    if (typeof child === 'string') out.push(child);
    else element(child, out);
  }
  if (name) out.push(`</${name}>`);
}

/** The XML docx writes for `xml`, or undefined when the block holds what docx fills in as it writes the document. */
export function writtenXml(xml: IXmlableObject): string | undefined {
  const out: string[] = [];
  try {
    element(xml as unknown as Readonly<Record<string, unknown>>, out);
  } catch (error) {
    if (error instanceof Touched) return undefined;
    throw error;
  }
  return out.join('');
}

/**
 * What a block gives docx in place of its XML object: an element without a name whose content is `text`, which
 * docx writes as it stands (it writes a value that is neither text nor an object as that value's string).
 */
export function written(text: string): IXmlableObject {
  const asIs = Object.assign(() => text, { toString: () => text });
  return { '': asIs } as unknown as IXmlableObject;
}
