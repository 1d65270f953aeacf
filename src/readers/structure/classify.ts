// What a block looks like on its own: numbered paragraph, lettered or decimal item, a
// labelled heading ("II.", "B.", "Chapter I", "Resolution 1") or an unlabelled heading the
// report's profile knows ("Outcome of deliberations"). Context decides the rest.

import type { SectionRole } from '../../model/types.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';
import { romanToInt } from './text.ts';

export type Shape =
  | { kind: 'numbered'; number: number; rest: string }
  | { kind: 'lettered'; label: string; rest: string }
  | { kind: 'decimal'; parent: number; number: number; rest: string }
  | { kind: 'capital'; label: string; rest: string }
  | { kind: 'chapter'; numeral: string; rest: string }
  | { kind: 'resolution'; number: string; rest: string }
  | { kind: 'known-heading'; role: SectionRole; rank: 'top' | 'sub' }
  | { kind: 'titled-annex'; label: string; title: string }
  | { kind: 'plain' };

export function shapeOf(text: string, profile: ReportProfile): Shape {
  if (profile.recommendations.numbering === 'decimal') {
    const decimal = /^(\d{1,3})\.(\d{1,3})\s+(\S.*)$/.exec(text);
    if (decimal?.[1] !== undefined && decimal[2] !== undefined && decimal[3] !== undefined) return { kind: 'decimal', parent: Number(decimal[1]), number: Number(decimal[2]), rest: decimal[3] };
  }
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
  for (const known of profile.headings) {
    if (known.pattern.test(text)) return { kind: 'known-heading', role: known.role, rank: known.rank };
  }
  return { kind: 'plain' };
}

/** Roles a labelled heading's title implies, as the profile says; "other" when none fits. */
export function roleFromTitle(title: string, profile: ReportProfile): SectionRole {
  return profile.titles.find((rule) => rule.pattern.test(title))?.role ?? 'other';
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
