// The document model every phase shares: plain readonly data, built by readers,
// read (never re-derived) by mapping, tracing and renderers.

export type Severity = 'error' | 'warning' | 'info';

/** Where something stands in its source: line in text, page in PDF, paragraph index in Word. */
export interface SourcePlace {
  readonly source?: string;
  readonly line?: number;
  readonly page?: number;
  readonly index?: number;
}

/** A place a message refers to: the source place and, where known, the paragraph. */
export interface Place extends SourcePlace {
  readonly paragraph?: number;
  readonly subparagraph?: string;
}

/** vfile-message-like: what was odd, where, which rule noticed it. */
export interface Message {
  readonly severity: Severity;
  readonly reason: string;
  readonly ruleId: string;
  readonly place: Place;
  readonly source?: string;
}

export type DocumentKind = 'regional-preparatory-meeting-report' | 'congress-report' | 'upr-working-group-report' | 'other';

export const REGIONS = [
  'Africa',
  'Asia and the Pacific',
  'Europe',
  'Latin America and the Caribbean',
  'Western Asia',
] as const;
export type Region = (typeof REGIONS)[number];

export interface Meeting {
  readonly name: string;
  readonly venue?: string;
  readonly dates?: string;
}

/** Which part of a report a heading opens; drives which index section applies. */
export type SectionRole =
  | 'introduction'
  | 'conclusions'
  | 'main-theme'
  | 'substantive-items'
  | 'cluster'
  | 'summary-of-deliberations'
  | 'outcome-of-deliberations'
  | 'other-issues'
  | 'chapter'
  | 'resolution'
  | 'thematic'
  | 'workshops'
  | 'workshop'
  | 'chairs-summary'
  | 'organization'
  | 'annex'
  | 'other';

export interface Heading {
  readonly type: 'heading';
  readonly id: string;
  /** Depth in the heading tree, 1 = top. */
  readonly level: number;
  /** The numbering as printed: "II.", "A.", "1.", "Chapter I", "Resolution 1"; empty when none. */
  readonly label: string;
  readonly title: string;
  /** label + title as shown in a section path: "B. Substantive items and workshops". */
  readonly text: string;
  readonly role: SectionRole;
  /** Agenda items and workshops a cluster or workshop heading names: "(agenda item 3)", "(workshop 1)". */
  readonly agendaItems: readonly number[];
  readonly workshops: readonly number[];
  readonly parentId?: string;
  readonly place: SourcePlace;
}

export interface Footnote {
  readonly marker: string;
  readonly text: string;
  readonly place: SourcePlace;
}

/** Where a footnote marker stood in a paragraph's or item's text (offset into the cleaned text). */
export interface FootnoteRef {
  readonly marker: string;
  readonly offset: number;
}

/** What a citation is made of; formatCitation turns it into "A/CONF.234/RPM.5/1, para. 28 (c)". */
export interface Locator {
  readonly symbol: string;
  readonly chapter?: string;
  readonly resolution?: string;
  readonly paragraph: number;
  readonly subparagraph?: string;
}

export interface Item {
  readonly type: 'item';
  /** "c"; nested items carry their path: "c.ii". */
  readonly label: string;
  readonly text: string;
  readonly footnotes: readonly FootnoteRef[];
  readonly locator: Locator;
  readonly citation: string;
  readonly place: SourcePlace;
}

export interface Paragraph {
  readonly type: 'paragraph';
  readonly id: string;
  /** null for unnumbered paragraphs (a declaration's preamble, "Declare the following:"). */
  readonly number: number | null;
  /** The paragraph's own text (the lead-in when it has items). */
  readonly text: string;
  readonly items: readonly Item[];
  readonly footnotes: readonly FootnoteRef[];
  readonly headingId?: string;
  /** Heading texts from the top down to the paragraph. */
  readonly section: readonly string[];
  readonly locator?: Locator;
  readonly citation?: string;
  readonly place: SourcePlace;
}

/** The context a recommendation stands in, for choosing the index section that applies. */
export interface SectionContext {
  readonly role: 'main-theme' | 'cluster' | 'other-issues' | 'workshop' | 'unknown';
  readonly agendaItems: readonly number[];
  readonly workshops: readonly number[];
  /** Title of the cluster or workshop heading, as the report gives it. */
  readonly title: string;
}

export interface Recommendation {
  readonly type: 'recommendation';
  /** Stable id: "<symbol>#<paragraph><subparagraph>", e.g. "A/CONF.234/RPM.5/1#28c". */
  readonly id: string;
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly citation: string;
  readonly section: readonly string[];
  readonly context: SectionContext;
  readonly leadIn: string;
  readonly text: string;
  readonly paragraphId: string;
  readonly region?: Region;
  /** The recommending States of a UPR recommendation, as the report names them: ["Portugal", "Spain"]. */
  readonly states?: readonly string[];
  readonly place: SourcePlace;
}

export interface ConcordDocument {
  readonly type: 'document';
  readonly source: string;
  readonly format: 'txt' | 'docx' | 'pdf';
  readonly symbol: string;
  /** True when the symbol could not be known and is a stand-in. */
  readonly symbolProvisional: boolean;
  readonly title: string;
  readonly kind: DocumentKind;
  /** The report profile the document was read with (profiles/*.yaml), when it is not the default "rpm". */
  readonly profile?: string;
  readonly meeting?: Meeting;
  readonly region?: Region;
  readonly headings: readonly Heading[];
  readonly paragraphs: readonly Paragraph[];
  readonly footnotes: readonly Footnote[];
  readonly recommendations: readonly Recommendation[];
  readonly messages: readonly Message[];
}
