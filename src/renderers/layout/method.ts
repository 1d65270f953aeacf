// The final edition's "Background and method" note, written from the run: which meetings' reports are
// covered and which expected ones are not, what the reports say of their recommendations, how topics
// were assigned and what the highlighting means, the sections a report lacks, the codebook used.

import type { MappingRun, RunEdition } from '../../pipeline/types.ts';
import type { MethodBlock, MethodView } from './types.ts';
import { dateLabel } from './wording.ts';

export const METHOD_TITLE = 'Background and method';

const ROLE_LABELS: Readonly<Record<string, string>> = {
  'other-issues': 'section on \u201cOther issues\u201d',
  'main-theme': 'section on the main theme of the Congress',
  cluster: 'section on the substantive agenda items and workshops',
  workshop: 'section on the workshops',
};

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The one line of the title page: how far the Secretariat reviewed what the machine prepared. */
export function reviewNote(edition: RunEdition, total: number): string | undefined {
  if (edition.reviewedCount === 0) return 'Prepared automatically; not reviewed by the Secretariat.';
  if (edition.reviewedCount < total) return `Prepared automatically; ${edition.reviewedCount} of the ${total} recommendations reviewed by the Secretariat.`;
  return undefined;
}

function coverage(run: MappingRun, edition: RunEdition): string[] {
  const mapped = run.documents.filter((d) => d.excluded === undefined);
  const bySymbol = new Set(mapped.map((d) => d.symbol));
  const byRegion = new Set(mapped.map((d) => d.region).filter((r) => r !== undefined));
  const reportLabel = (d: (typeof mapped)[number]): string =>
    `${d.region ?? d.meeting?.name ?? d.title} (${d.symbol}${d.meeting?.venue === undefined ? '' : `; ${d.meeting.venue}`}${d.meeting?.dates === undefined ? '' : `, ${d.meeting.dates}`})`;
  if (edition.expected.length === 0) {
    return [`It covers the report${mapped.length === 1 ? '' : 's'} of ${listed(mapped.map(reportLabel))}. No list of the meetings expected was given with the reports (such as the Secretariat's snapshot of their outcomes), so whether any meeting's report is missing is not stated here.`];
  }
  const missing = edition.expected.filter((m) => !bySymbol.has(m.symbol) && !byRegion.has(m.region));
  const out = [`Of the ${edition.expected.length} regional preparatory meetings, it covers the report${mapped.length === 1 ? '' : 's'} of ${mapped.length}: ${listed(mapped.map(reportLabel))}.`];
  if (missing.length > 0) {
    out.push(`The report${missing.length === 1 ? '' : 's'} of ${listed(missing.map((m) => `${m.region} (${m.symbol}; ${m.where})`))} ${missing.length === 1 ? 'is' : 'are'} not covered: ${missing.length === 1 ? 'it was' : 'they were'} not among the documents mapped, and ${missing.length === 1 ? 'its' : 'their'} recommendations appear nowhere in this document.`);
  }
  return out;
}

/** What the reports say of their recommendations: "which were not negotiated by the participants". */
function negotiation(run: MappingRun): string | undefined {
  const mapped = run.documents.filter((d) => d.excluded === undefined);
  const saying = mapped.filter((d) => run.recommendations.some((r) => r.symbol === d.symbol && /\bnot negotiated\b/i.test(r.leadIn)));
  if (saying.length === 0) return undefined;
  const who = saying.length === mapped.length ? (mapped.length === 1 ? 'As the report states' : 'As each report states') : `As the report${saying.length === 1 ? '' : 's'} of ${listed(saying.map((d) => d.region ?? d.symbol))} state${saying.length === 1 ? 's' : ''}`;
  return `${who}, the recommendations were identified by the participants of the meetings and were not negotiated by them. They are quoted in full, each with its citation (document symbol, paragraph and subparagraph), so that each can be read in its report.`;
}

function lacking(run: MappingRun, edition: RunEdition): string[] {
  const name = new Map(run.documents.map((d) => [d.symbol, d.region ?? d.symbol] as const));
  return edition.lacking.map((l) => `The report of ${name.get(l.symbol) ?? l.symbol} (${l.symbol}) has no ${listed(l.roles.map((r) => ROLE_LABELS[r] ?? r))}; the index sections that draw on ${l.roles.length === 1 ? 'it' : 'them'} have no recommendation from that report.`);
}

/** The note, or undefined for the review edition. */
export function methodOf(run: MappingRun): MethodView | undefined {
  const edition = run.edition;
  if (edition === undefined || edition.name !== 'final') return undefined;
  const book = run.codebook;
  const blocks: MethodBlock[] = [];
  const p = (text: string): void => { blocks.push({ kind: 'paragraph', text }); };
  p(`This document maps the recommendations of the regional preparatory meetings onto the index of main topics and issues: ${book.title}${book.version === undefined ? '' : `, version ${book.version}`}. It was prepared on ${dateLabel(run.generatedAt)}.`);
  for (const line of coverage(run, edition)) p(line);
  const said = negotiation(run);
  if (said !== undefined) p(said);
  p('Each recommendation was assigned to the topics of the index whose key words and phrases it contains, in any inflection, and whose description it resembles; the index section a recommendation can fall under depends on the part of the report it comes from (the main theme, a substantive agenda item and its workshop, or other issues). A recommendation that relates to several topics is reproduced under each.');
  p(edition.reviewedCount === 0
    ? 'The assignments were made automatically and have not been reviewed by the Secretariat.'
    : `${edition.reviewedCount} of the ${run.recommendations.length} recommendations were reviewed by the Secretariat; the others are as assigned automatically.`);
  p('In Annexes A and B, the words and phrases for which a recommendation was assigned to a topic are highlighted and underlined. The highlighting helps the reader find the topic in the recommendation; it does not change or weigh its wording.');
  for (const line of lacking(run, edition)) p(line);
  if (run.outcome !== undefined) {
    p(`Annex C sets each recommendation beside the paragraphs of ${run.outcome.title} (${run.outcome.symbol}) that correspond to it, found by comparing their wording. "No corresponding paragraph identified" means that no paragraph was found close enough; it does not mean that the declaration left the recommendation aside.`);
  }
  blocks.push({ kind: 'list', items: [
    `Index: ${book.title} (${book.id}${book.version === undefined ? '' : `, version ${book.version}`}): ${book.sections.length} sections, ${book.sections.reduce((n, s) => n + s.topics.length, 0)} topics.`,
    `Reports covered: ${run.documents.filter((d) => d.excluded === undefined).length}; recommendations: ${run.recommendations.length}.`,
  ] });
  return { title: METHOD_TITLE, blocks };
}
