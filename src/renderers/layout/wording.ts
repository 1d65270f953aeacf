// Wording shared by every format, so the Word, HTML and Markdown outputs say the same thing.

import type { DocumentSummary } from '../../pipeline/types.ts';
import type { Layout, TopicView } from './types.ts';

export const NOTHING_UNDER_TOPIC = 'No recommendation under this topic.';
export const NOTHING_IN_ANY_REGION = 'No recommendation of the reports mapped falls under this topic.';

export const ANNEX_TITLES = {
  index: 'Index of main topics and issues',
  glance: 'At a glance: recommendations per topic and region',
  a: 'Annex A. Mapping of the recommendations (narrative)',
  b: 'Annex B. Mapping of the recommendations (matrix)',
  c: 'Annex C. From the regional recommendations to the declaration',
  review: 'Assignments to review',
} as const;

/** "24 November 2026": the date as United Nations documents print it. */
export function dateLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "A.7" for topic "A7". */
export function topicNumber(topicId: string): string {
  const m = /^([A-Za-z]+)(\d+)$/.exec(topicId);
  return m === null ? topicId : `${m[1]}.${m[2]}`;
}

export function documentLabel(doc: DocumentSummary): string {
  const where = doc.region ?? doc.meeting?.name ?? doc.title;
  return `${doc.symbol}${doc.symbolProvisional ? ' (provisional symbol)' : ''} (${where})`;
}

export function meetingLabel(doc: DocumentSummary): string {
  const parts = [doc.meeting?.name ?? doc.title, doc.meeting?.venue, doc.meeting?.dates].filter((p): p is string => p !== undefined && p !== '');
  return parts.join(', ');
}

export function summaryLine(layout: Layout): string {
  const regions = layout.columns.map((c) => c.label).join(', ');
  return `${layout.recommendationCount} recommendations from ${layout.documents.length} report${layout.documents.length === 1 ? '' : 's'} (${regions}), ${layout.assignmentCount} topic assignments.`;
}

export function countsLine(topic: TopicView): string {
  return topic.cells.map((c) => `${c.column.label}: ${c.entries.length}`).join('; ');
}

/** "Ranked next, worth checking: paras. 27, 21 and 46." (the machine's candidates after its links). */
export function alsoCheckLabel(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  const list = paragraphs.length === 1 ? String(paragraphs[0]) : `${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
  return `Ranked next, worth checking: para${paragraphs.length === 1 ? '' : 's'}. ${list}.`;
}

export { precedentLabel } from '../../model/precedent-label.ts';

export function scoreLabel(score: number): string {
  return score.toFixed(2);
}

/** The file's name without its folders: what a reader recognises in a table. */
export function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}
