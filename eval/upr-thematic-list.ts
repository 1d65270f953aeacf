// OHCHR's thematic list of a UPR review (.docx as published): one table row per recommendation,
// "121.1 Ratify … (France) (Lithuania);" with "Source of Position: A/HRC/43/15 - Para 121"
// under it, and its position ("Supported", "Noted"). The eval and the tests read the UN's own
// answers from it; nothing in Concord's pipeline does.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface ThematicListRow {
  /** "121.1" */
  readonly number: string;
  readonly text: string;
  readonly position: 'supported' | 'noted' | undefined;
  /** "A/HRC/43/15/Add.1 - Para.3" as printed after "Source of Position:". */
  readonly source: string | undefined;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const textOf = (element: Element): string =>
  Array.from(element.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join('');

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name);

export async function readThematicList(path: string): Promise<ThematicListRow[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error(`${path}: no word/document.xml`);
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const rows: ThematicListRow[] = [];
  for (const row of Array.from(document.getElementsByTagNameNS(W, 'tr'))) {
    const cells = children(row, 'tc');
    const [first, second] = cells;
    if (first === undefined || second === undefined) continue;
    const paragraphs = children(first, 'p').map(textOf).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
    const opening = /^(\d{1,3}\.\d{1,3})\s+(.*)$/.exec(paragraphs[0] ?? '');
    if (opening?.[1] === undefined || opening[2] === undefined) continue;
    const sourceLine = paragraphs.find((text) => /^Source of position:/i.test(text));
    const position = textOf(second).trim().toLowerCase();
    rows.push({
      number: opening[1],
      text: opening[2],
      position: position === 'supported' || position === 'noted' ? position : undefined,
      source: sourceLine?.replace(/^Source of position:\s*/i, ''),
    });
  }
  return rows;
}

/** Text compared as printed: one space, straight quotes and apostrophes. */
export const comparable = (text: string): string =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/\s+([;,.)])/g, '$1').replace(/\(\s+/g, '(').trim();
