// Document metadata from what the report says about itself: its title line
// ("Report of the European Regional Preparatory Meeting …, held in Vienna from
// 23 to 25 April 2019"), the kind of report, the meeting and the region.

import type { DocumentKind, Meeting, Region } from '../../model/types.ts';
import type { Block } from '../blocks.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';

export interface Metadata {
  readonly title: string;
  readonly kind: DocumentKind;
  readonly meeting?: Meeting;
  readonly region?: Region;
}

const REGION_NAMES: readonly { pattern: RegExp; region: Region }[] = [
  { pattern: /\bLatin America(n)?\b.*\bCaribbean\b/i, region: 'Latin America and the Caribbean' },
  { pattern: /\bWestern Asia(n)?\b/i, region: 'Western Asia' },
  { pattern: /\bAsia(n)?(\s+and\s+the\s+|-)Pacific\b/i, region: 'Asia and the Pacific' },
  { pattern: /\bAfrica(n)?\b/i, region: 'Africa' },
  { pattern: /\bEurope(an)?\b/i, region: 'Europe' },
];

/** "European Regional Preparatory Meeting" -> "Europe". */
export function regionOf(meetingName: string): Region | undefined {
  return REGION_NAMES.find(({ pattern }) => pattern.test(meetingName))?.region;
}

/** A title the converter wrapped over several lines: the next line starts lowercase or this one ends on "for", "and", "of"… */
function withWrappedLines(first: string, following: readonly Block[]): string {
  let title = first;
  for (const block of following) {
    if (block.hint !== undefined) break;
    // The last ten characters hold any of these words and the character before it, so the test stays
    // constant-time as the title grows (a "$" regex scans the whole string).
    const wrapped = /^[\p{Ll}]/u.test(block.text) || /\b(and|or|of|for|the|on|in|to|at|from|against|with)$/i.test(title.slice(-10));
    if (!wrapped) break;
    title = `${title} ${block.text}`;
  }
  return title.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').trim();
}

const HELD = /,\s*held (?:in|at) /gi;
const FROM = / (?:from|on) /gi;

/**
 * "Report of the X, held in V from D." -> [_, X, V, D], as
 * /^Report of the (.+?)(?:,\s*held (?:in|at) (.+?) (?:from|on) (.+?))?\.?$/i matches, found with
 * forward scans only (that regex retried the tail at every ", held in": quadratic on long titles).
 */
export function heldIn(title: string): [string, string, string | undefined, string | undefined] | undefined {
  const prefix = /^Report of the /i.exec(title);
  if (prefix === null || title.includes('\n')) return undefined;
  const start = prefix[0].length;
  if (title.length - start < 1) return undefined;
  // The last " from "/" on " with a character after it: a ", held in" is usable when one follows it.
  let lastFrom = -1;
  FROM.lastIndex = start;
  for (let m = FROM.exec(title); m !== null; m = FROM.exec(title)) {
    if (m.index + m[0].length < title.length) lastFrom = m.index;
    FROM.lastIndex = m.index + 1;
  }
  HELD.lastIndex = start + 1;
  for (let m = HELD.exec(title); m !== null; m = HELD.exec(title)) {
    const venueStart = m.index + m[0].length;
    if (lastFrom > venueStart) {
      FROM.lastIndex = venueStart + 1;
      const from = FROM.exec(title) as RegExpExecArray;
      const datesStart = from.index + from[0].length;
      const rest = title.slice(datesStart);
      const dates = rest.length > 1 && rest.endsWith('.') ? rest.slice(0, -1) : rest;
      return [title, title.slice(start, m.index), title.slice(venueStart, from.index), dates];
    }
    HELD.lastIndex = m.index + 1;
  }
  const name = title.slice(start);
  return [title, name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name, undefined, undefined];
}

/**
 * A title set as a heading over several lines ("…Universal Periodic" / "Review*") and its
 * subject on a line of its own ("Slovenia"): lines join until the title reads as one of the
 * profile's kinds, then a line the profile's subject pattern fits is the subject.
 */
function withSubject(first: string, following: readonly Block[], profile: ReportProfile, subject: RegExp): string {
  const clean = (text: string): string => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*+$/g, '').trim();
  let title = clean(first);
  let index = 0;
  const isKind = (text: string): boolean => profile.kinds.some((kind) => kind.title.test(text));
  while (!isKind(title) && index < following.length && index < 3 && following[index]?.hint === 'heading') {
    title = `${title} ${clean(following[index]?.text ?? '')}`;
    index++;
  }
  const next = following[index];
  return next !== undefined && subject.test(clean(next.text)) ? `${title}: ${clean(next.text)}` : title;
}

export function readMetadata(frontMatter: readonly Block[], firstBlocks: readonly Block[], profile: ReportProfile): Metadata {
  const candidates = [...frontMatter, ...firstBlocks];
  // Word and PDF readers may run the masthead and the title into one block: the title starts where the profile says ("Report of the").
  const opens = profile.title.opens;
  const titleBlock = candidates.find((block) => opens.test(block.text));
  const titleStart = titleBlock === undefined ? -1 : titleBlock.text.search(opens);
  const fallback = frontMatter.find((block) => block.text.length > 20);
  const subject = profile.title.subject;
  const afterTitle = titleBlock === undefined ? [] : candidates.slice(candidates.indexOf(titleBlock) + 1);
  const title = titleBlock !== undefined && titleStart >= 0
    ? subject === undefined
      ? withWrappedLines(titleBlock.text.slice(titleStart), afterTitle)
      : withSubject(titleBlock.text.slice(titleStart), afterTitle, profile, subject)
    : fallback === undefined ? '' : withWrappedLines(fallback.text, frontMatter.slice(frontMatter.indexOf(fallback) + 1));
  const kind: DocumentKind = profile.kinds.find((rule) => rule.title.test(title))?.kind ?? 'other';

  // Meetings (name, venue, dates) are what the regional reports and the congress report carry.
  const held = profile.recommendations.carries.has('context') ? heldIn(title) : undefined;
  let meeting: Meeting | undefined;
  if (held?.[1] !== undefined) {
    const name = held[1];
    let venue = held[2];
    let dates = held[3];
    if (venue === undefined && titleBlock !== undefined) {
      // The congress report gives place and dates on a line of their own after the title.
      const after = frontMatter.slice(frontMatter.indexOf(titleBlock) + 1);
      const line = after.find((block) => /^[\p{Lu}][\p{L} .'-]+(?:, [\p{Lu}][\p{L} .'-]+)?, \d[\d–\- ]*\p{L}+ \d{4}$/u.test(block.text))
        ?? frontMatter.find((block) => /^[\p{Lu}][\p{L} .'-]+, \d[\d–\- ]*\p{L}+ \d{4}$/u.test(block.text));
      const parts = line === undefined ? undefined : /^(.+), (\d.+)$/.exec(line.text);
      venue = parts?.[1];
      dates = parts?.[2];
    }
    meeting = { name, ...(venue === undefined ? {} : { venue }), ...(dates === undefined ? {} : { dates }) };
  }
  const region = kind === 'regional-preparatory-meeting-report' && meeting !== undefined ? regionOf(meeting.name) : undefined;
  return { title, kind, ...(meeting === undefined ? {} : { meeting }), ...(region === undefined ? {} : { region }) };
}
