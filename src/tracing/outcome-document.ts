// Finds the outcome in a document: the first resolution or declaration whose paragraphs
// are numbered (the Kyoto Declaration in chapter I of the congress report), or the whole
// document when it is itself a declaration or resolution.
import { formatCitation } from '../model/citation.ts';
import type { ConcordDocument, Heading, Locator, Paragraph } from '../model/types.ts';
import type { OutcomePart } from './paragraph-key.ts';

export interface OutcomeText {
  readonly number: number;
  /** 'preamble' for a preambular paragraph (numbered within the preamble); absent for an operative one. */
  readonly part?: OutcomePart;
  readonly citation: string;
  readonly text: string;
  readonly headings: readonly string[];
}

export interface OutcomeSelection {
  readonly symbol: string;
  readonly title: string;
  readonly source: string;
  /** The unnumbered text before the operative part, as read. */
  readonly preamble: readonly string[];
  /** The preambular paragraphs, citable: the author's formula ("We, Heads of State…,") and the closing lead-in left out. */
  readonly preambular: readonly OutcomeText[];
  /** The operative (numbered) paragraphs. */
  readonly paragraphs: readonly OutcomeText[];
}

const ABOVE_OUTCOME = new Set<Heading['role']>(['chapter', 'resolution']);

function fullText(paragraph: Paragraph): string {
  return [paragraph.text, ...paragraph.items.map((item) => `(${item.label}) ${item.text}`)].join(' ').trim();
}

/** Paragraphs standing under each resolution heading, in document order. */
function groupsByResolution(document: ConcordDocument): { heading?: Heading; paragraphs: Paragraph[] }[] {
  const byId = new Map(document.headings.map((h) => [h.id, h]));
  const resolutionOf = (paragraph: Paragraph): Heading | undefined => {
    let heading = paragraph.headingId === undefined ? undefined : byId.get(paragraph.headingId);
    while (heading !== undefined && heading.role !== 'resolution') heading = heading.parentId === undefined ? undefined : byId.get(heading.parentId);
    return heading;
  };
  const groups = new Map<string, { heading?: Heading; paragraphs: Paragraph[] }>();
  for (const paragraph of document.paragraphs) {
    const heading = resolutionOf(paragraph);
    const key = heading?.id ?? (paragraph.locator?.resolution === undefined ? undefined : `${paragraph.locator.chapter ?? ''}/${paragraph.locator.resolution}`);
    if (key === undefined) continue;
    const group = groups.get(key) ?? (heading === undefined ? { paragraphs: [] } : { heading, paragraphs: [] });
    group.paragraphs.push(paragraph);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The formula naming who speaks, before the preambular paragraphs: "We, Heads of State and Government, …,"
 * or "The General Assembly,". A preambular paragraph opens with a participle or an adjective
 * ("Recalling", "Assembled", "Deeply concerned"), never with the speaker.
 */
const AUTHOR_FORMULA = /^(?:We|The)\b[^.;:]*,$/;

/**
 * "A/CONF.234/16, chap. I, resol. 1, preamble, para. 3": the preamble's paragraphs are cited like the
 * operative ones (the same symbol, chapter and resolution, read from the document), with the part named.
 */
export function preambleCitation(place: Omit<Locator, 'paragraph' | 'subparagraph'>, number: number): string {
  const parts = [place.symbol];
  if (place.chapter !== undefined) parts.push(`chap. ${place.chapter}`);
  if (place.resolution !== undefined) parts.push(`resol. ${place.resolution}`);
  parts.push('preamble', `para. ${number}`);
  return parts.join(', ');
}

/** The heading path below the outcome's own heading: part, category, thematic heading. */
function headingsBelow(paragraph: Paragraph, document: ConcordDocument, outcomeHeading: Heading | undefined): string[] {
  const skip = new Set(document.headings.filter((h) => ABOVE_OUTCOME.has(h.role)).map((h) => h.text));
  if (outcomeHeading !== undefined) skip.add(outcomeHeading.text);
  const cut = outcomeHeading === undefined ? -1 : paragraph.section.indexOf(outcomeHeading.text);
  return paragraph.section.slice(cut + 1).filter((text) => !skip.has(text));
}

/** The resolution or declaration that is the outcome: the first with thematic headings, else the first numbered one. */
function chosenGroup(document: ConcordDocument): { heading?: Heading; paragraphs: Paragraph[] } {
  const groups = groupsByResolution(document).filter((g) => g.paragraphs.some((p) => p.number !== null));
  const withThemes = groups.find((g) => g.paragraphs.some((p) => headingsBelow(p, document, g.heading).length > 0));
  return withThemes ?? groups[0] ?? { paragraphs: [...document.paragraphs] };
}

const unnumberedBefore = (paragraphs: readonly Paragraph[]): Paragraph[] => {
  const firstNumbered = paragraphs.findIndex((p) => p.number !== null);
  return paragraphs.slice(0, Math.max(firstNumbered, 0)).filter((p) => p.number === null);
};

/** The preambular paragraphs among the unnumbered ones before the operative part, numbered from 1. */
function preambularOf(unnumbered: readonly Paragraph[]): { paragraph: Paragraph; number: number }[] {
  const lead = unnumbered.at(-1)?.text.trim().endsWith(':') === true ? unnumbered.slice(0, -1) : unnumbered;
  return lead.filter((p, i) => !(i === 0 && AUTHOR_FORMULA.test(p.text.trim()))).map((paragraph, i) => ({ paragraph, number: i + 1 }));
}

/**
 * The outcome's preambular paragraphs as the document holds them, by paragraph id, with their number
 * within the preamble: for writers that name the document's own paragraphs (Akoma Ntoso eIds).
 */
export function preambleNumbers(document: ConcordDocument): Map<string, number> {
  return new Map(preambularOf(unnumberedBefore(chosenGroup(document).paragraphs)).map(({ paragraph, number }) => [paragraph.id, number]));
}

/**
 * Selects the outcome's preamble and numbered paragraphs with their headings.
 * @example selectOutcome(congressReport).paragraphs[21]?.citation // "A/CONF.234/16, chap. I, resol. 1, para. 22"
 */
export function selectOutcome(document: ConcordDocument, outcomeSymbol?: string): OutcomeSelection {
  const symbol = outcomeSymbol ?? document.symbol;
  const chosen = chosenGroup(document);
  const firstNumbered = chosen.paragraphs.findIndex((p) => p.number !== null);
  const preambleParagraphs = unnumberedBefore(chosen.paragraphs);
  // An unnumbered lead-in ("Declare the following:") opens a part when the reader did not
  // make it a heading; headings met before it do not carry over into the new part.
  let part: { text: string; headingId: string | undefined } | undefined;
  const lastPreamble = preambleParagraphs.at(-1);
  if (lastPreamble !== undefined && lastPreamble.text.trim().endsWith(':')) {
    part = { text: lastPreamble.text.trim(), headingId: lastPreamble.headingId };
    preambleParagraphs.pop();
  }
  // Where the preamble stands is where the operative paragraphs stand: the first one's chapter and resolution.
  const firstLocator = chosen.paragraphs.find((p) => p.number !== null)?.locator;
  const place = { symbol, ...(firstLocator?.chapter === undefined ? {} : { chapter: firstLocator.chapter }), ...(firstLocator?.resolution === undefined ? {} : { resolution: firstLocator.resolution }) };
  const preambular = preambularOf(preambleParagraphs).map(
    ({ paragraph: p, number }): OutcomeText => ({ number, part: 'preamble', citation: preambleCitation(place, number), text: fullText(p), headings: [] }),
  );
  const paragraphs: OutcomeText[] = [];
  for (const paragraph of chosen.paragraphs.slice(Math.max(firstNumbered, 0))) {
    if (paragraph.number === null) {
      if (paragraph.text.trim().endsWith(':')) part = { text: paragraph.text.trim(), headingId: paragraph.headingId };
      continue;
    }
    let headings = headingsBelow(paragraph, document, chosen.heading);
    if (part !== undefined && !headings.includes(part.text)) {
      const sameHeading = part.headingId !== undefined && paragraph.headingId === part.headingId;
      headings = sameHeading ? [part.text] : [part.text, ...headings];
    }
    const locator = paragraph.locator === undefined ? { symbol, paragraph: paragraph.number } : { ...paragraph.locator, symbol };
    const citation = outcomeSymbol === undefined && paragraph.citation !== undefined ? paragraph.citation : formatCitation(locator);
    paragraphs.push({ number: paragraph.number, citation, text: fullText(paragraph), headings });
  }
  return {
    symbol,
    title: chosen.heading?.title ?? document.title,
    source: document.source,
    preamble: preambleParagraphs.map(fullText),
    preambular,
    paragraphs,
  };
}
