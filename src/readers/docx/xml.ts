// Small helpers over @xmldom/xmldom for WordprocessingML: elements are matched by
// local name within the main namespace (transitional or strict), attributes by
// local name, so prefixes chosen by the writing application never matter.
import type { Element, Node } from '@xmldom/xmldom';

export const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const ELEMENT_NODE = 1;

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

/** True for a WordprocessingML element with this local name ("p", "r", "t"…). */
export function isW(node: Element, localName: string): boolean {
  return node.localName === localName && W_NAMESPACES.has(node.namespaceURI ?? '');
}

export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) out.push(node);
  }
  return out;
}

/** The first child element in the main namespace with this local name. */
export function child(parent: Element | undefined, localName: string): Element | undefined {
  if (parent === undefined) return undefined;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && isW(node, localName)) return node;
  }
  return undefined;
}

export function children(parent: Element | undefined, localName: string): Element[] {
  if (parent === undefined) return [];
  return childElements(parent).filter((el) => isW(el, localName));
}

/** Every descendant in document order with this local name (main namespace). */
export function descendants(root: Element, localName: string): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (const c of childElements(el)) {
      if (isW(c, localName)) out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** An attribute by local name ("val" for w:val), whatever its prefix. */
export function attr(el: Element | undefined, localName: string): string | undefined {
  if (el === undefined) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i += 1) {
    const a = attrs.item(i);
    if (a !== null && (a.localName === localName || a.name === localName)) return a.value;
  }
  return undefined;
}

/** w:val of a child element: child(pPr, 'pStyle') -> "Heading1". */
export function childVal(parent: Element | undefined, localName: string): string | undefined {
  return attr(child(parent, localName), 'val');
}

/** An integer attribute, or undefined when absent or not a number. */
export function intAttr(el: Element | undefined, localName: string): number | undefined {
  const raw = attr(el, localName);
  if (raw === undefined) return undefined;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:vanish, w:customMarkFollows): present and not "0"/"false"/"off". */
export function isOn(value: string | undefined | null, present: boolean): boolean {
  if (!present) return false;
  if (value === undefined || value === null || value === '') return true;
  return !['0', 'false', 'off'].includes(value.toLowerCase());
}

export function toggle(parent: Element | undefined, localName: string): boolean {
  const el = child(parent, localName);
  return isOn(attr(el, 'val'), el !== undefined);
}
