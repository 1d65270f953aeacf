// What a block looks like on its own: numbered paragraph, lettered item, a
// labelled heading ("II.", "B.", "Chapter I", "Resolution 1") or a known
// unlabelled heading ("Outcome of deliberations"). Context decides the rest.

import type { SectionRole } from '../../model/types.ts';
import { romanToInt } from './text.ts';

export type Shape =
  | { kind: 'numbered'; number: number; rest: string }
  | { kind: 'lettered'; label: string; rest: string }
  | { kind: 'capital'; label: string; rest: string }
  | { kind: 'chapter'; numeral: string; rest: string }
  | { kind: 'resolution'; number: string; rest: string }
  | { kind: 'known-heading'; role: SectionRole; rank: 'top' | 'sub' }
  | { kind: 'titled-annex'; label: string; title: string }
  | { kind: 'plain' };

/** Unlabelled headings reports use, with the role they open. */
const KNOWN_HEADINGS: readonly { pattern: RegExp; role: SectionRole; rank: 'top' | 'sub' }[] = [
  { pattern: /^summary of deliberations$/i, role: 'summary-of-deliberations', rank: 'sub' },
  { pattern: /^outcome of deliberations$/i, role: 'outcome-of-deliberations', rank: 'sub' },
  { pattern: /^(other|general) issues$/i, role: 'other-issues', rank: 'sub' },
  { pattern: /^chair(?:'|’|)s summary$/i, role: 'chairs-summary', rank: 'sub' },
  { pattern: /^(proceedings|general discussion|summary|action taken by the (congress|meeting))$/i, role: 'other', rank: 'sub' },
  { pattern: /^list of (documents|participants)\b.{0,120}$/i, role: 'annex', rank: 'sub' },
  { pattern: /^annex(?:es)?(?:\s+[IVX]+)?$/i, role: 'annex', rank: 'top' },
];

export function shapeOf(text: string): Shape {
  const numbered = /^(\d{1,3})\.\s+(\S.*)$/.exec(text);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined) return { kind: 'numbered', number: Number(numbered[1]), rest: numbered[2] };
  const lettered = /^\(([a-z]{1,5})\)\s*(\S.*)$/.exec(text);
  if (lettered?.[1] !== undefined && lettered[2] !== undefined) return { kind: 'lettered', label: lettered[1], rest: lettered[2] };
  const chapter = /^Chapter\s+([IVXLC]+)\.?(?:\s+(\S.*))?$/.exec(text);
  if (chapter?.[1] !== undefined && !Number.isNaN(romanToInt(chapter[1]))) return { kind: 'chapter', numeral: chapter[1], rest: chapter[2] ?? '' };
  const resolution = /^Resolution\s+(\d+|[IVXLC]+)\.?(?:\s+(\S.{0,300}))?$/.exec(text);
  if (resolution?.[1] !== undefined) return { kind: 'resolution', number: resolution[1], rest: resolution[2] ?? '' };
  const capital = /^([A-Z]|[IVXLC]+)\.\s+(\S.*)$/.exec(text);
  if (capital?.[1] !== undefined && capital[2] !== undefined) return { kind: 'capital', label: capital[1], rest: capital[2] };
  // Word and PDF may run "Annex" and its title into one line: "Annex List of documents".
  const annex = /^(Annex(?:es)?(?:\s+[IVX]+)?)\s+(List of .{1,120})$/.exec(text);
  if (annex?.[1] !== undefined && annex[2] !== undefined) return { kind: 'titled-annex', label: annex[1], title: annex[2] };
  for (const known of KNOWN_HEADINGS) {
    if (known.pattern.test(text)) return { kind: 'known-heading', role: known.role, rank: known.rank };
  }
  return { kind: 'plain' };
}

/** Roles a labelled heading's title implies. */
export function roleFromTitle(title: string, parentRole: SectionRole | undefined): SectionRole {
  if (/^introduction$/i.test(title)) return 'introduction';
  if (/^conclusions and recommendations/i.test(title)) return 'conclusions';
  if (/^main theme\b/i.test(title)) return 'main-theme';
  if (/^substantive items/i.test(title)) return 'substantive-items';
  if (/^(other|general) issues$/i.test(title)) return 'other-issues';
  if (/^workshops held\b/i.test(title)) return 'workshops';
  if (/^workshop\b/i.test(title) && (parentRole === 'workshops' || parentRole === undefined)) return 'workshop';
  if (/^workshop\b/i.test(title)) return 'workshop';
  if (/^(attendance and organization|organization of work|organizational|opening of|election of|adoption of the agenda|date and venue|attendance$)/i.test(title)) return 'organization';
  if (/^resolutions adopted\b/i.test(title)) return 'chapter';
  if (/^annex/i.test(title)) return 'annex';
  return 'other';
}

/** "(agenda item 3)", "(agenda items 3 and 4)", "(workshop 1)" -> numbers. */
export function numbersNamed(text: string, word: 'agenda item' | 'workshop'): number[] {
  const found = new Set<number>();
  const pattern = word === 'agenda item' ? /agenda items?\s+([\d\s,and–-]+)/gi : /workshops?\s+([\d\s,and–-]+)/gi;
  for (const match of text.matchAll(pattern)) {
    for (const n of (match[1] ?? '').matchAll(/\d+/g)) found.add(Number(n[0]));
  }
  return [...found];
}
