// ReadResult -> ConcordDocument: the one place structure is recognised, so the
// txt, docx and pdf readers give the same model for the same report.

import type { ConcordDocument, Footnote, FootnoteRef, Heading, Item, Locator, Message, Paragraph, SourcePlace } from '../../model/types.ts';
import { formatCitation } from '../../model/citation.ts';
import type { ReadResult } from '../blocks.ts';
import { headingText, type ParagraphDraft } from './drafts.ts';
import { walkBlocks } from './walk-blocks.ts';
import { readMetadata } from './metadata.ts';
import { highestListedDocument, inferSymbol, provisionalSymbol } from './symbol.ts';
import { findRecommendations } from './recommendations.ts';
import { extractFootnoteMarkers } from './text.ts';
import { DEFAULT_PROFILE, detectProfile, loadProfile, type ReportProfile } from '../../profiles/index.ts';

export interface StructureOptions {
  /** Name the document is known by in messages (a path or upload name). */
  readonly source: string;
  /** A symbol the user gave (--symbol): always wins. */
  readonly symbol?: string;
  /** The report profile (--profile NAME|FILE, or loaded); otherwise the one the document's first page shows. */
  readonly profile?: string | ReportProfile;
}

/**
 * `base`, or `base-2`, `base-3`… the first not taken. The probe for a base resumes where it
 * last stopped (ids are only ever added), so repeated ids cost constant time each, not one probe per repeat.
 */
function uniqueId(base: string, taken: Set<string>, resume: Map<string, number>): string {
  let id = base;
  let n = resume.get(base) ?? 2;
  if (taken.has(id)) {
    while (taken.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    resume.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

export function structureDocument(read: ReadResult, options: StructureOptions): ConcordDocument {
  const profile = typeof options.profile === 'string' ? loadProfile(options.profile) : options.profile ?? detectProfile(read);
  const skeleton = walkBlocks(read.blocks, profile);
  const messages: Message[] = [...read.messages, ...skeleton.messages];
  const note = (severity: Message['severity'], ruleId: string, reason: string, place: SourcePlace = { source: options.source }): void => {
    messages.push({ severity, ruleId, reason, place, source: 'concord:structure' });
  };

  const metadata = readMetadata(skeleton.frontMatter, read.blocks.slice(0, 40), profile);
  const texts = read.blocks.map((block) => block.text);

  let symbol: string;
  let symbolProvisional = false;
  const given = options.symbol?.trim();
  if (given !== undefined && given !== '') symbol = given;
  else if (read.statedSymbol !== undefined && read.statedSymbol !== '') symbol = read.statedSymbol;
  else {
    const inferred = inferSymbol(texts, profile.symbol);
    if (inferred !== undefined) {
      symbol = inferred.symbol;
      note('info', 'symbol-inferred', `document symbol ${symbol} inferred: ${inferred.evidence}`);
    } else {
      symbol = provisionalSymbol(texts);
      symbolProvisional = true;
      const hint = highestListedDocument(texts);
      note('warning', 'symbol-unknown', `the document does not state its symbol; using the stand-in ${symbol}. Give it with --symbol${hint === undefined ? '' : ` (its list of documents runs to ${hint})`}`);
    }
  }

  const footnoteMarkers = new Set(read.footnotes.map((footnote) => footnote.marker));
  const footnotes: Footnote[] = read.footnotes.map((footnote) => ({ marker: footnote.marker, text: footnote.text, place: footnote.place }));
  const cleanText = (raw: string, place: SourcePlace, where: { paragraph?: number; subparagraph?: string }): { text: string; refs: FootnoteRef[] } => {
    const cleaned = extractFootnoteMarkers(raw);
    for (const ref of cleaned.refs) {
      if (!footnoteMarkers.has(ref.marker)) {
        messages.push({ severity: 'warning', ruleId: 'footnote-missing', reason: `footnote marker ${ref.marker} has no footnote text`, place: { ...place, ...where }, source: 'concord:structure' });
      }
    }
    return cleaned;
  };

  const headingPaths = new Map<string, string[]>();
  const sectionOf = (headingId: string | undefined): string[] => {
    if (headingId === undefined) return [];
    let path = headingPaths.get(headingId);
    if (path === undefined) {
      path = skeleton.tree.pathTo(headingId).map(headingText);
      headingPaths.set(headingId, path);
    }
    return path;
  };

  const taken = new Set<string>();
  const resume = new Map<string, number>();
  let unnumbered = 0;
  const paragraphs: Paragraph[] = skeleton.paragraphs.map((draft: ParagraphDraft) => {
    const where = draft.number === null ? {} : { paragraph: draft.number };
    const own = cleanText(draft.text, draft.place, where);
    const base = draft.number === null
      ? `unnumbered-${++unnumbered}`
      : draft.resolution !== undefined
        ? `${draft.chapter === undefined ? '' : `chap-${draft.chapter}-`}resol-${draft.resolution}-para-${draft.number}`
        : draft.annex !== undefined
          ? `${draft.annex.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-para-${draft.number}`
          : `para-${draft.number}`;
    const id = uniqueId(base, taken, resume);
    const locator: Locator | undefined = draft.number === null ? undefined : {
      symbol,
      ...(draft.resolution !== undefined && draft.chapter !== undefined ? { chapter: draft.chapter } : {}),
      ...(draft.resolution !== undefined ? { resolution: draft.resolution } : {}),
      paragraph: draft.number,
    };
    const items: Item[] = draft.items.map((itemDraft) => {
      const cleaned = cleanText(itemDraft.text, itemDraft.place, { ...where, subparagraph: itemDraft.label });
      const itemLocator: Locator = locator === undefined
        ? { symbol, paragraph: 0, subparagraph: itemDraft.label }
        : { ...locator, subparagraph: itemDraft.label };
      return { type: 'item', label: itemDraft.label, text: cleaned.text, footnotes: cleaned.refs, locator: itemLocator, citation: formatCitation(itemLocator), place: itemDraft.place };
    });
    return {
      type: 'paragraph',
      id,
      number: draft.number,
      text: own.text,
      items,
      footnotes: own.refs,
      ...(draft.headingId === undefined ? {} : { headingId: draft.headingId }),
      section: sectionOf(draft.headingId),
      ...(locator === undefined ? {} : { locator, citation: formatCitation(locator) }),
      place: draft.place,
    };
  });

  const headings: Heading[] = skeleton.headings.map((draft) => ({
    type: 'heading',
    id: draft.id,
    level: draft.level,
    label: draft.label,
    title: extractFootnoteMarkers(draft.title).text,
    text: extractFootnoteMarkers(headingText(draft)).text,
    role: draft.role,
    agendaItems: draft.agendaItems,
    workshops: draft.workshops,
    ...(draft.parentId === undefined ? {} : { parentId: draft.parentId }),
    place: draft.place,
  }));

  const found = findRecommendations(paragraphs, skeleton.paragraphs, skeleton.tree, symbol, metadata.region, profile);
  messages.push(...found.messages);
  if (found.recommendations.length === 0) {
    note('warning', 'no-recommendations', `no recommendations found: ${profile.recommendations.expected}`);
  }
  if (paragraphs.length === 0) note('warning', 'no-paragraphs', 'no paragraphs recognised in the document');

  return {
    type: 'document',
    source: options.source,
    format: read.format,
    symbol,
    symbolProvisional,
    title: metadata.title,
    kind: metadata.kind,
    // Named only when it is not the default, so the regional reports' model reads as before.
    ...(profile.id === DEFAULT_PROFILE ? {} : { profile: profile.id }),
    ...(metadata.meeting === undefined ? {} : { meeting: metadata.meeting }),
    ...(metadata.region === undefined ? {} : { region: metadata.region }),
    headings,
    paragraphs,
    footnotes,
    recommendations: found.recommendations,
    messages: messages.map((message) => (message.place.source === undefined ? { ...message, place: { ...message.place, source: options.source } } : message)),
  };
}
