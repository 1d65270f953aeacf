// One document as an Akoma Ntoso 3.0 <doc name="report">: FRBR identification, the codebook's
// topics as <classification> keywords pointing at the items they code (and <references> to the
// topics as concepts), the trace into (or from) the other documents as <analysis>/<otherAnalysis>,
// a preface with title and symbol, and the body.
import type { ConcordDocument, Item, Paragraph } from '../../model/types.ts';
import type { Codebook } from '../../mapping/types.ts';
import { attrs, xmlText } from '../qdpx/xml.ts';
import { mainBodyXml } from './body.ts';
import { itemEid, type DocumentEids } from './eids.ts';
import { identificationXml, type Frbr } from './frbr.ts';

/** Where trace links are written: Concord's own vocabulary inside <otherAnalysis>. */
export const TRACE_NAMESPACE = 'urn:concord:akn:trace:1.0';

export interface TraceLinkOut {
  /** eId in this document. */
  readonly from: string;
  /** The other end: "<work URI>/!main#<eId>". */
  readonly to: string;
  readonly citation: string;
  readonly strength: string;
  readonly score: number;
}

export interface AknDocumentInput {
  readonly doc: ConcordDocument;
  readonly symbol: string;
  readonly frbr: Frbr;
  readonly eids: DocumentEids;
  readonly codebook: Codebook;
  readonly runDate: string;
  readonly concordVersion: string;
  /** Topic ids of a paragraph (or of one of its items), as the mapping (or tracing) gives them. */
  readonly topicsOf: (paragraph: Paragraph, item?: Item) => readonly string[];
  readonly links: readonly TraceLinkOut[];
}

const safe = (text: string): string => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const topicRef = (id: string): string => `topic_${safe(id)}`;

export function aknDocumentXml(input: AknDocumentInput): string {
  const { doc, eids, codebook } = input;
  const labels = new Map(codebook.sections.flatMap((s) => s.topics.map((t) => [t.id, t.label] as const)));
  const dictionary = `codebook_${safe(codebook.id)}`;
  const refersTo = (paragraph: Paragraph, item?: Item): string | undefined => {
    const ids = input.topicsOf(paragraph, item).filter((id) => labels.has(id));
    return ids.length === 0 ? undefined : ids.map((id) => `#${topicRef(id)}`).join(' ');
  };
  const keywords: string[] = [];
  const used = new Set<string>();
  for (const paragraph of doc.paragraphs) {
    const paraEid = eids.paragraphs.get(paragraph.id);
    if (paraEid === undefined) continue;
    const targets: [string, readonly string[]][] = [[paraEid, input.topicsOf(paragraph)], ...paragraph.items.map((item): [string, readonly string[]] => [itemEid(paraEid, item.label), input.topicsOf(paragraph, item)])];
    for (const [eId, topics] of targets) {
      for (const id of topics) {
        const label = labels.get(id);
        if (label === undefined) continue;
        used.add(id);
        keywords.push(`      <keyword${attrs({ value: id, showAs: label, dictionary: `#${dictionary}`, href: `#${eId}`, refersTo: `#${topicRef(id)}` })}/>`);
      }
    }
  }
  const concepts = [...used].sort().map((id) => `      <TLCConcept${attrs({ eId: topicRef(id), href: `/ontology/concept/${safe(codebook.id)}/${safe(id)}`, showAs: `${id} ${labels.get(id) ?? ''}` })}/>`);
  const links = input.links.map((l) => `        <concord:link${attrs({ from: `#${l.from}`, to: l.to, citation: l.citation, strength: l.strength, score: l.score.toFixed(2) })}/>`);
  const meta = [
    '  <meta>',
    identificationXml(input.frbr, input.symbol, input.runDate),
    ...(keywords.length === 0 ? [] : ['    <classification source="#concord">', ...keywords, '    </classification>']),
    ...(links.length === 0 ? [] : ['    <analysis source="#concord">', `      <otherAnalysis source="#concord" xmlns:concord="${TRACE_NAMESPACE}">`, ...links, '      </otherAnalysis>', '    </analysis>']),
    '    <references source="#concord">',
    `      <TLCOrganization${attrs({ eId: 'un', href: '/ontology/organization/un', showAs: 'United Nations' })}/>`,
    `      <TLCOrganization${attrs({ eId: 'concord', href: '/ontology/organization/concord', showAs: `Concord ${input.concordVersion}` })}/>`,
    `      <TLCConcept${attrs({ eId: dictionary, href: `/ontology/concept/${safe(codebook.id)}`, showAs: codebook.title })}/>`,
    ...concepts,
    '    </references>',
    '  </meta>',
  ].join('\n');
  const preface = [
    '    <preface>',
    `      <p class="title"><docTitle>${xmlText(doc.title)}</docTitle></p>`,
    `      <p class="symbol"><docNumber>${xmlText(input.symbol)}</docNumber></p>`,
    '    </preface>',
  ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    '  <doc name="report">',
    meta,
    preface,
    mainBodyXml(doc, { eids, refersTo }),
    '  </doc>',
    '</akomaNtoso>',
    '',
  ].join('\n');
}
