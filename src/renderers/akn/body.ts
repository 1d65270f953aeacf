// A document model's heading tree, paragraphs, lettered items and footnotes as an AKN <mainBody>.
import type { ConcordDocument, Footnote, FootnoteRef, Item, Paragraph } from '../../model/types.ts';
import { attrs, xmlText } from '../qdpx/xml.ts';
import { itemEid, type DocumentEids } from './eids.ts';

export interface BodyOptions {
  readonly eids: DocumentEids;
  /** refersTo of an element: the topics of the recommendation (or outcome paragraph) it holds, as "#topic_D1 #topic_D2". */
  readonly refersTo: (paragraph: Paragraph, item?: Item) => string | undefined;
}

interface Node {
  readonly open: string;
  readonly close: string;
  readonly children: (Node | string)[];
}

/** Footnotes by marker, in order, so that a marker used twice takes the next note with it. */
function footnoteQueue(footnotes: readonly Footnote[]): (marker: string) => Footnote | undefined {
  const byMarker = new Map<string, Footnote[]>();
  for (const f of footnotes) {
    const list = byMarker.get(f.marker);
    if (list === undefined) byMarker.set(f.marker, [f]);
    else list.push(f);
  }
  const taken = new Map<string, number>();
  return (marker) => {
    const list = byMarker.get(marker) ?? [];
    const n = taken.get(marker) ?? 0;
    taken.set(marker, n + 1);
    return list[Math.min(n, list.length - 1)];
  };
}

export function mainBodyXml(doc: ConcordDocument, options: BodyOptions): string {
  const { eids } = options;
  const takeFootnote = footnoteQueue(doc.footnotes);
  let notes = 0;
  const p = (text: string, refs: readonly FootnoteRef[], owner: string): string => {
    let out = '';
    let at = 0;
    for (const ref of [...refs].sort((a, b) => a.offset - b.offset)) {
      const offset = Math.min(Math.max(ref.offset, at), text.length);
      const note = takeFootnote(ref.marker);
      out += xmlText(text.slice(at, offset));
      notes += 1;
      out += `<authorialNote${attrs({ eId: `${owner}__fnt_${notes}`, marker: ref.marker, placement: 'bottom' })}><p>${xmlText(note?.text ?? '')}</p></authorialNote>`;
      at = offset;
    }
    return `<p>${out}${xmlText(text.slice(at))}</p>`;
  };

  /** Items as nested lists: "c.ii" stands under "c". */
  const listXml = (paragraph: Paragraph, paraEid: string, listEid: string, items: readonly Item[], depth: number, lead?: string): string => {
    const here = items.filter((i) => i.label.split('.').length === depth + 1);
    const points = here.map((item) => {
      const eId = itemEid(paraEid, item.label);
      const own = item.label.split('.').pop() ?? item.label;
      const nested = items.filter((i) => i.label.startsWith(`${item.label}.`));
      const text = p(item.text, item.footnotes, eId);
      const body = nested.length === 0 ? `<content>${text}</content>` : `<intro>${text}</intro>${listXml(paragraph, paraEid, `${eId}__list_1`, nested, depth + 1)}`;
      return `<point${attrs({ eId, refersTo: options.refersTo(paragraph, item) })}><num>(${xmlText(own)})</num>${body}</point>`;
    });
    return `<list${attrs({ eId: listEid })}>${lead ?? ''}${points.join('')}</list>`;
  };

  const paragraphXml = (paragraph: Paragraph): string => {
    const eId = eids.paragraphs.get(paragraph.id) ?? `para_${paragraph.number ?? 0}`;
    const num = paragraph.number === null ? '' : `<num>${paragraph.number}.</num>`;
    const element = paragraph.number === null ? 'hcontainer' : 'paragraph';
    const name = paragraph.number !== null ? undefined : eids.preamble.has(paragraph.id) ? 'preambularParagraph' : 'unnumberedParagraph';
    const open = `<${element}${attrs({ eId, name, refersTo: options.refersTo(paragraph) })}>${num}`;
    if (paragraph.items.length === 0) return `${open}<content>${p(paragraph.text, paragraph.footnotes, eId)}</content></${element}>`;
    const lead = paragraph.text === '' ? undefined : `<intro>${p(paragraph.text, paragraph.footnotes, eId)}</intro>`;
    return `${open}${listXml(paragraph, eId, `${eId}__list_1`, paragraph.items, 0, lead)}</${element}>`;
  };

  // The tree, in document order: a heading opens before the paragraphs it heads (headings and
  // paragraphs each come in document order; a paragraph follows every heading up to its own).
  const root: Node = { open: '', close: '', children: [] };
  const nodes = new Map<string, Node>();
  const headingIndex = new Map(doc.headings.map((h, i) => [h.id, i]));
  let next = 0;
  const openHeadingsTo = (last: number): void => {
    for (; next <= last; next += 1) {
      const heading = doc.headings[next];
      const shape = heading === undefined ? undefined : eids.headings.get(heading.id);
      if (heading === undefined || shape === undefined) continue;
      const num = heading.label === '' ? '' : `<num>${xmlText(heading.label)}</num>`;
      const node: Node = {
        open: `<${shape.element}${attrs({ eId: shape.eId, name: shape.name })}>${num}<heading>${xmlText(heading.title === '' ? heading.text : heading.title)}</heading>`,
        close: `</${shape.element}>`,
        children: [],
      };
      nodes.set(heading.id, node);
      (heading.parentId === undefined ? root : nodes.get(heading.parentId) ?? root).children.push(node);
    }
  };
  for (const paragraph of doc.paragraphs) {
    if (paragraph.headingId !== undefined) openHeadingsTo(headingIndex.get(paragraph.headingId) ?? -1);
    (paragraph.headingId === undefined ? root : nodes.get(paragraph.headingId) ?? root).children.push(paragraphXml(paragraph));
  }
  openHeadingsTo(doc.headings.length - 1);
  const render = (node: Node | string, indent: string): string =>
    typeof node === 'string' ? `${indent}${node}` : [`${indent}${node.open}`, ...node.children.map((c) => render(c, `${indent}  `)), `${indent}${node.close}`].join('\n');
  const body = root.children.map((c) => render(c, '      ')).join('\n');
  return `    <mainBody>\n${body === '' ? '      <p/>' : body}\n    </mainBody>`;
}
