// A block of the Word document written to its XML ahead of the document (see staged.ts). docx writes a
// document in one go once it is complete: every block is turned into its XML object (prepForXml), the body's
// tables of contents are filled in from its headings, and the whole is written out as text. A block built early
// and holding no heading, no table of contents and no field is not touched by the filling in, so its text can be
// written while the main thread still maps and traces. writtenXml writes an XML object as docx does (the `xml`
// package's format, without indentation, quirks and all: render-begun.test.ts checks the document is the same
// byte for byte), and `written` gives docx that text to put in as it stands.

import type { IXmlableObject } from 'docx';

const ESCAPED: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** A text as docx escapes it in the XML it writes (control characters, which XML cannot carry, left out). */
// eslint-disable-next-line no-control-regex
export const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPED[c] ?? '');
const valueOf = (value: unknown): string => (typeof value === 'string' ? escapeXml(value) : String(value));

/** Elements that mark a block the filling in reads or changes: headings (by style or outline level), tables of contents, fields. */
const TOUCHED = new Set(['w:pStyle', 'w:outlineLvl', 'w:sdt', 'w:fldChar', 'w:fldSimple', 'w:instrText']);

class Touched extends Error {}

type XmlObject = Readonly<Record<string, unknown>>;

function attributesOf(attr: XmlObject): string {
  let out = '';
  for (const key in attr) out += ` ${key}="${valueOf(attr[key])}"`;
  return out;
}

function firstKey(data: XmlObject): string | undefined {
  for (const key in data) return key;
  return undefined;
}

/**
 * The text of one element. Its content as docx collects it: an empty entry first, each child element after it,
 * a text replacing the entry before it (`last` is that entry, not yet written), an empty entry last unless a text came.
 */
function element(data: XmlObject): string {
  const name = firstKey(data);
  if (name !== undefined && TOUCHED.has(name)) throw new Touched();
  const values = name === undefined ? undefined : data[name];
  let attributes = '';
  let inner = '';
  let entries = 0;
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: XmlObject; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) {
        inner += `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
        entries += 1;
      }
      if (Array.isArray(values)) {
        let last = '';
        let text = false;
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (value === null) throw new Touched(); // a null child: left to docx
            const child = value as XmlObject;
            if (firstKey(child) === '_attr') {
              attributes += attributesOf(child._attr as XmlObject);
            } else {
              inner += last;
              last = element(child);
            }
          } else {
            last = value === undefined ? '' : valueOf(value);
            text = true;
          }
        }
        inner += last;
        // An array always has content (its first empty entry at least): never written as an empty element.
        entries += text ? 1 : 2;
      }
    }
  } else {
    inner += values === undefined ? '' : valueOf(values);
    entries += 1;
  }
  if (entries === 0) return name ? `<${name}${attributes}/>` : `${attributes}/>`;
  return name ? `<${name}${attributes}>${inner}</${name}>` : `${attributes}${inner}`;
}

/** The XML docx writes for `xml`, or undefined when the block holds what docx fills in as it writes the document. */
export function writtenXml(xml: IXmlableObject): string | undefined {
  try {
    return element(xml as unknown as XmlObject);
  } catch (error) {
    if (error instanceof Touched) return undefined;
    throw error;
  }
}

/**
 * What a block gives docx in place of its XML object: an element without a name whose content is `text`, which
 * docx writes as it stands (it writes a value that is neither text nor an object as that value's string).
 */
export function written(text: string): IXmlableObject {
  const asIs = Object.assign(() => text, { toString: () => text });
  return { '': asIs } as unknown as IXmlableObject;
}
