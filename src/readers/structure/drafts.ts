// Mutable drafts the structurer fills while it walks the blocks; the document
// builder turns them into the readonly model once the symbol is known.

import type { SectionRole, SourcePlace } from '../../model/types.ts';

export interface HeadingDraft {
  id: string;
  level: number;
  /** Position in the hierarchy: 1 roman/chapter, 2 letter/resolution, 3 numbered, fractions for unlabelled. */
  rank: number;
  labelled: boolean;
  label: string;
  title: string;
  role: SectionRole;
  agendaItems: number[];
  workshops: number[];
  parentId?: string;
  place: SourcePlace;
}

export interface ItemDraft {
  label: string;
  text: string;
  place: SourcePlace;
}

export interface ParagraphDraft {
  number: number | null;
  text: string;
  items: ItemDraft[];
  headingId?: string;
  chapter?: string;
  resolution?: string;
  /** The annex whose own numbering the paragraph follows ("Annex II"). */
  annex?: string;
  fromTable: boolean;
  place: SourcePlace;
}

/** "(workshop 2)⁵" -> "(workshop 2)"; a marker standing between spaces leaves one space. */
const withoutMarkers = (text: string): string =>
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text) ? text.replace(/ ?[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?= )|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').trim() : text;

/** A heading as a section path shows it: label and title, without the footnote markers a heading may carry. */
export const headingText = (heading: Pick<HeadingDraft, 'label' | 'title'>): string => {
  const title = withoutMarkers(heading.title);
  if (heading.label === '') return title;
  if (title === '') return heading.label;
  return /^(Chapter|Resolution)\b/.test(heading.label) ? `${heading.label}. ${title}` : `${heading.label} ${title}`;
};
