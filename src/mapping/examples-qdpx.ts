// Coded examples read from a REFI-QDA project (.qdpx): Concord's own export, or one written by
// NVivo, ATLAS.ti, MAXQDA, QualCoder… of the same structure. Every coded plain-text selection
// becomes an example: the recommendation it covers (from the selection's name when it is a
// citation, else from the numbered paragraph and lettered item of the source it stands in), the
// topics of its codes (matched by GUID or by name) and the text the coder selected.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DOMParser as XmlParser, Element } from '@xmldom/xmldom';
import { InputError } from '../model/errors.ts';
import { codeGuid } from '../renderers/qdpx/guids.ts';
import { readZipEntries, type ZipEntries } from './qdpx-zip.ts';
import type { Codebook } from './types.ts';

/** What an examples file gives per recommendation (see load-examples.ts). */
export interface QdpxExampleItem {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly text?: string;
  readonly topics: string[];
  readonly evidence?: Record<string, string[]>;
}

const children = (parent: Element, name: string): Element[] => {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
};
const descendants = (root: Element, name: string): Element[] => {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType !== 1) continue;
      if ((node as Element).localName === name) out.push(node as Element);
      walk(node as Element);
    }
  };
  walk(root);
  return out;
};
const guidOf = (value: string | null): string => (value ?? '').replace(/[{}]/g, '').toLowerCase();
const normal = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[\s.:–-]+/g, ' ').trim();

/** Resolves a code to a topic id: by Concord's GUID for the topic, by "id label", by label, or by id. */
function topicResolver(codebook: Codebook | undefined): (guid: string, name: string) => string | undefined {
  const byGuid = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const topic of codebook?.sections.flatMap((s) => s.topics) ?? []) {
    byGuid.set(codeGuid(codebook?.id ?? '', topic.id), topic.id);
    for (const name of [`${topic.id} ${topic.label}`, topic.label, topic.id]) byName.set(normal(name), topic.id);
  }
  return (guid, name) => {
    const known = byGuid.get(guid) ?? byName.get(normal(name));
    if (known !== undefined || codebook !== undefined) return known;
    return /^([A-Z]\d+)\b/.exec(name.trim())?.[1];
  };
}

const CITATION = /^(.+), para\. (\d+)((?: \([^)]+\))*)$/;

/** The citation "A/CONF.234/RPM.5/1, para. 28 (c)" as symbol, paragraph and subparagraph ("c"; "c.ii" for nested items). */
function parseCitation(name: string): { symbol: string; paragraph: number; subparagraph: string } | undefined {
  const m = CITATION.exec(name.trim());
  if (m === null) return undefined;
  const labels = [...(m[3] ?? '').matchAll(/\(([^)]+)\)/g)].map((x) => x[1] ?? '');
  return { symbol: (m[1] ?? '').replace(/, (chap|resol)\. .*$/, ''), paragraph: Number(m[2]), subparagraph: labels.join('.') };
}

/** Where each line of a source's text stands: the numbered paragraph it belongs to and its item label, if any. */
function lineIndex(text: string): (at: number) => { paragraph?: number; label?: string } {
  const starts: number[] = [];
  const info: { paragraph?: number; label?: string }[] = [];
  let paragraph: number | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const numbered = /^(\d+)\.\s/.exec(line);
    if (numbered !== null) paragraph = Number(numbered[1]);
    // "(c) " or, for a nested item, "(c) (ii) ": the label is the path "c.ii".
    const item = /^(?:\([a-z]{1,4}\)\s)+/.exec(line);
    const label = item === null ? undefined : [...item[0].matchAll(/\(([a-z]+)\)/g)].map((m) => m[1] ?? '').join('.');
    starts.push(at);
    info.push({ ...(paragraph === undefined ? {} : { paragraph }), ...(label === undefined ? {} : { label }) });
    at += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return info[lo] ?? {};
  };
}

/** UTF-16 index of each code-point position: REFI-QDA counts code points. */
function codePointCutter(text: string): (start: number, end: number) => string {
  const points = Array.from(text);
  if (points.length === text.length) return (start, end) => text.slice(start, end);
  return (start, end) => points.slice(start, end).join('');
}

function sourceTextOf(file: string, zip: ZipEntries, source: Element): string | undefined {
  const inline = children(source, 'PlainTextContent')[0];
  if (inline !== undefined) return inline.textContent ?? '';
  const path = source.getAttribute('plainTextPath');
  if (path === null || !path.startsWith('internal://')) return undefined;
  const wanted = `sources/${path.slice('internal://'.length)}`.toLowerCase();
  const name = zip.names.find((n) => n.toLowerCase() === wanted);
  const bytes = name === undefined ? undefined : zip.read(name);
  if (bytes === undefined) throw new InputError(file, `source "${source.getAttribute('name') ?? ''}" names ${path}, which is not in the .qdpx (expected ${wanted})`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Reads a .qdpx's coded selections as examples. Topics are matched against `codebook` (by GUID
 * or name); without one, a code counts only when its name starts with a topic id ("D7 …").
 */
export function readQdpxExampleItems(file: string, codebook?: Codebook): QdpxExampleItem[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new InputError(file, 'cannot read the REFI-QDA project', { cause });
  }
  const zip = readZipEntries(file, bytes);
  const qdeName = zip.names.find((n) => n.toLowerCase() === 'project.qde');
  const qde = qdeName === undefined ? undefined : zip.read(qdeName);
  if (qde === undefined) throw new InputError(file, 'holds no project.qde; a REFI-QDA project (.qdpx) was expected');
  let root: Element | null;
  try {
    // The XML parser is loaded when a project is read, not by every run that might read one.
    const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as { DOMParser: typeof XmlParser };
    root = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } })
      .parseFromString(qde.toString('utf8'), 'text/xml').documentElement;
  } catch (cause) {
    throw new InputError(file, `project.qde is not well-formed XML (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`, { cause });
  }
  if (root === null || root.localName !== 'Project') throw new InputError(file, 'project.qde has no <Project> root element; a REFI-QDA project was expected');

  const resolve = topicResolver(codebook);
  const topicOfCode = new Map<string, string | undefined>();
  for (const code of descendants(root, 'Code')) {
    const guid = guidOf(code.getAttribute('guid'));
    topicOfCode.set(guid, resolve(guid, code.getAttribute('name') ?? ''));
  }
  const items = new Map<string, { symbol: string; paragraph: number; subparagraph: string; text?: string; topics: string[]; evidence: Record<string, string[]> }>();
  let codings = 0;
  for (const source of descendants(root, 'TextSource')) {
    const selections = children(source, 'PlainTextSelection');
    if (selections.length === 0) continue;
    const text = sourceTextOf(file, zip, source);
    const cut = text === undefined ? undefined : codePointCutter(text);
    const where = text === undefined ? undefined : lineIndex(text);
    const sourceName = source.getAttribute('name') ?? '';
    for (const selection of selections) {
      const start = Number(selection.getAttribute('startPosition'));
      const end = Number(selection.getAttribute('endPosition'));
      const topics = children(selection, 'Coding').flatMap((c) => children(c, 'CodeRef'))
        .map((ref) => topicOfCode.get(guidOf(ref.getAttribute('targetGUID'))))
        .filter((t): t is string => t !== undefined);
      codings += topics.length;
      if (topics.length === 0) continue;
      const cited = parseCitation(selection.getAttribute('name') ?? '');
      const placed = where?.(Number.isFinite(start) ? Math.max(0, start) : 0);
      // Without a citation, a selection is placed by the source's numbering; its symbol is the source's name.
      const id = cited ?? (placed?.paragraph === undefined || sourceName === '' ? undefined
        : { symbol: sourceName, paragraph: placed.paragraph, subparagraph: placed.label ?? '' });
      if (id === undefined) continue;
      const key = `${id.symbol}#${id.paragraph}${id.subparagraph}`;
      const selected = cut !== undefined && Number.isInteger(start) && Number.isInteger(end) && end > start ? cut(start, end) : undefined;
      const item = items.get(key) ?? { ...id, topics: [], evidence: {}, ...(selected === undefined ? {} : { text: selected }) };
      const phrases = (children(selection, 'Description')[0]?.textContent ?? '').split('\n')
        .filter((line) => line.startsWith('evidence: ')).map((line) => line.slice('evidence: '.length));
      for (const topic of topics) {
        if (!item.topics.includes(topic)) item.topics.push(topic);
        if (phrases.length > 0) item.evidence[topic] = [...(item.evidence[topic] ?? []), ...phrases];
      }
      items.set(key, item);
    }
  }
  if (items.size === 0) {
    const codes = topicOfCode.size;
    throw new InputError(file, codings === 0 && codes > 0
      ? `none of the project's ${codes} codes matches a topic of the codebook${codebook === undefined ? '' : ` ${codebook.id}`} by GUID or name ("D7 Victim-centred approach", "Victim-centred approach" or "D7")`
      : 'has no coded plain-text selection that names a recommendation (by a citation such as "A/CONF.234/RPM.5/1, para. 28 (c)" or by its place under a numbered paragraph)');
  }
  return [...items.values()].map(({ evidence, ...item }) => (Object.keys(evidence).length === 0 ? item : { ...item, evidence }));
}
