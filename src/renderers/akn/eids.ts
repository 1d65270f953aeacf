// eIds in the AKN4UN naming convention: numbered paragraphs "para_28" (prefixed by their
// container only where the number alone repeats in the document, as in a congress report whose
// resolutions each restart at 1), their lettered items "para_28__list_1__point_c", headings as
// chapters, sections and subsections by their numbering ("chp_II__sec_B__subsec_1"), and
// unnumbered headings and paragraphs as hcontainers.
import type { ConcordDocument, Heading, Paragraph } from '../../model/types.ts';

export interface HeadingShape {
  /** The AKN element: chapter, section, subsection or hcontainer. */
  readonly element: 'chapter' | 'section' | 'subsection' | 'hcontainer';
  /** hcontainer's name attribute. */
  readonly name?: string;
  readonly eId: string;
}

export interface DocumentEids {
  readonly headings: ReadonlyMap<string, HeadingShape>;
  /** Per paragraph id: the paragraph's eId (an hcontainer's for an unnumbered one). */
  readonly paragraphs: ReadonlyMap<string, string>;
  /** The paragraphs (ids) of a declaration's preamble. */
  readonly preamble: ReadonlySet<string>;
}

const safe = (text: string): string => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const join = (parent: string | undefined, own: string): string => (parent === undefined ? own : `${parent}__${own}`);

/** eId of an item: itemEid("para_28", "c") -> "para_28__list_1__point_c"; nested "c.ii" -> "…__point_c__list_1__point_ii". */
export function itemEid(paragraphEid: string, label: string): string {
  return label.split('.').reduce((eId, part) => `${eId}__list_1__point_${safe(part)}`, paragraphEid);
}

function shapeOf(heading: Heading): Omit<HeadingShape, 'eId'> & { readonly own?: string } {
  const label = heading.label.trim();
  const chapter = /^chapter\s+(\S+?)\.?$/i.exec(label);
  if (chapter !== null) return { element: 'chapter', own: `chp_${safe(chapter[1] ?? '')}` };
  const resolution = /^resolution\s+(\S+?)\.?$/i.exec(label);
  if (resolution !== null) return { element: 'hcontainer', name: 'resolution', own: `res_${safe(resolution[1] ?? '')}` };
  const roman = /^([IVXLC]+)\.?$/.exec(label);
  if (roman !== null && heading.level === 1) return { element: 'chapter', own: `chp_${roman[1] ?? ''}` };
  const letter = /^([A-Z])\.?$/.exec(label);
  if (letter !== null) return { element: 'section', own: `sec_${letter[1] ?? ''}` };
  if (roman !== null) return { element: 'chapter', own: `chp_${roman[1] ?? ''}` };
  const digit = /^(\d+)\.?$/.exec(label);
  if (digit !== null) return { element: 'subsection', own: `subsec_${digit[1] ?? ''}` };
  return { element: 'hcontainer', name: 'heading' };
}

/**
 * With `preamble` (paragraph id -> number within the outcome's preamble, `preambleNumbers`), those
 * unnumbered paragraphs are named in their container's preamble: "chp_I__res_1__preamble__para_3".
 */
export function documentEids(doc: ConcordDocument, preamble: ReadonlyMap<string, number> = new Map()): DocumentEids {
  const used = new Set<string>();
  const unique = (eId: string): string => {
    let candidate = eId;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${eId}-${n}`;
    used.add(candidate);
    return candidate;
  };
  const hcontainers = new Map<string, number>();
  const nextHcontainer = (parent: string | undefined): string => {
    const key = parent ?? '';
    const n = (hcontainers.get(key) ?? 0) + 1;
    hcontainers.set(key, n);
    return join(parent, `hcontainer_${n}`);
  };
  const headings = new Map<string, HeadingShape>();
  for (const heading of doc.headings) {
    const parent = heading.parentId === undefined ? undefined : headings.get(heading.parentId)?.eId;
    const { own, ...shape } = shapeOf(heading);
    headings.set(heading.id, { ...shape, eId: unique(own === undefined ? nextHcontainer(parent) : join(parent, own)) });
  }
  // The nearest numbered container, to tell apart paragraphs whose number repeats.
  const byId = new Map(doc.headings.map((h) => [h.id, h]));
  const numberedContainer = (paragraph: Paragraph): string | undefined => {
    for (let h = paragraph.headingId === undefined ? undefined : byId.get(paragraph.headingId); h !== undefined; h = h.parentId === undefined ? undefined : byId.get(h.parentId)) {
      const shape = headings.get(h.id);
      if (shape !== undefined && shape.name !== 'heading') return shape.eId;
    }
    return undefined;
  };
  const counts = new Map<number, number>();
  for (const p of doc.paragraphs) if (p.number !== null) counts.set(p.number, (counts.get(p.number) ?? 0) + 1);
  const paragraphs = new Map<string, string>();
  for (const p of doc.paragraphs) {
    const container = p.headingId === undefined ? undefined : headings.get(p.headingId)?.eId;
    const preambular = preamble.get(p.id);
    if (p.number === null && preambular !== undefined) {
      paragraphs.set(p.id, unique(join(container, `preamble__para_${preambular}`)));
      continue;
    }
    if (p.number === null) {
      paragraphs.set(p.id, unique(nextHcontainer(container)));
      continue;
    }
    const own = `para_${p.number}`;
    paragraphs.set(p.id, unique((counts.get(p.number) ?? 0) > 1 ? join(numberedContainer(p), own) : own));
  }
  return { headings, paragraphs, preamble: new Set(preamble.keys()) };
}
