// MappingRun -> mapping.md: the index and Annexes A and C in Markdown, for wikis and diffs.

import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import type { Layout, Segment } from '../layout/types.ts';
import { positionWording } from '../layout/position-wording.ts';
import {
  alsoCheckLabel, annexCIntro, ANNEX_TITLES, correspondsLabel, coverageColumns, coverageNote, noneFoundHeading, precedentLabel, statusWording, dateLabel, meetingLabel,
  NOTHING_IN_ANY_REGION, NOTHING_UNDER_TOPIC, SUMMARY_HEADING, SUMMARY_HEADINGS, summaryLine, topicNumber, topicsSummary,
} from '../layout/wording.ts';

/** Escapes Markdown and HTML syntax in document text. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/\s*\n\s*/g, ' ');
}

const marked = (segments: readonly Segment[]): string => segments.map((s) => (s.marked ? `**${mdText(s.text)}**` : mdText(s.text))).join('');
const cell = (text: string): string => mdText(text);

/** The final edition's front matter: what was mapped, how far it was reviewed, the method; no files, no tool, no review list. */
function finalFront(layout: Layout): string[] {
  const out = [
    `# ${mdText(layout.title)}`, '', summaryLine(layout), '',
    `- Index: ${mdText(layout.codebook.title)}${layout.codebook.version === undefined ? '' : `, version ${mdText(layout.codebook.version)}`}`,
    `- Prepared: ${dateLabel(layout.generatedAt)}`,
    ...(layout.tracing === undefined ? [] : [`- Traced into: ${mdText(layout.tracing.title)} (${mdText(layout.tracing.symbol)})`]),
    '', '| Symbol | Region | Meeting | Recommendations |', '|---|---|---|---:|',
    ...layout.documents.map((d) => `| ${cell(d.symbol)} | ${cell(d.region ?? '—')} | ${cell(meetingLabel(d))} | ${d.recommendationCount} |`),
    '', ...(layout.reviewNote === undefined ? [] : [`_${mdText(layout.reviewNote)}_`, '']),
  ];
  if (layout.method !== undefined) {
    out.push(`## ${mdText(layout.method.title)}`, '');
    for (const b of layout.method.blocks) out.push(...(b.kind === 'paragraph' ? [mdText(b.text)] : b.items.map((i) => `- ${mdText(i)}`)), '');
  }
  out.push(`## ${ANNEX_TITLES.index}`, '');
  for (const s of layout.sections) {
    out.push(`### ${s.id}. ${mdText(s.title)}`, '', `See Annex A, section ${s.id}; Annex B, table ${s.id}.`, '');
    out.push(`| Topic | ${layout.columns.map((c) => cell(c.label)).join(' | ')} |`, `|---|${layout.columns.map(() => '---:').join('|')}|`);
    for (const t of s.topics) out.push(`| ${topicNumber(t.id)} ${cell(t.label)} | ${t.cells.map((c) => c.entries.length).join(' | ')} |`);
    out.push('');
  }
  return out;
}

function front(layout: Layout): string[] {
  if (layout.edition === 'final') return finalFront(layout);
  const out = [
    `# ${mdText(layout.title)}`, '', summaryLine(layout), '',
    `- Codebook: ${mdText(layout.codebook.title)} (${layout.codebook.id})`,
    `- Prepared: ${dateLabel(layout.generatedAt)} with Concord ${layout.concordVersion}`,
    ...(layout.tracing === undefined ? [] : [`- Traced into: ${mdText(layout.tracing.title)} (${mdText(layout.tracing.symbol)})`]),
    '', '| Symbol | Region | Meeting | Recommendations |', '|---|---|---|---:|',
    ...layout.documents.map((d) => `| ${cell(d.symbol)} | ${cell(d.region ?? '—')} | ${cell(meetingLabel(d))} | ${d.recommendationCount} |`),
    '',
  ];
  for (const d of layout.excluded) out.push(`- Read but not mapped: ${mdText(d.source)}: ${mdText(d.excluded ?? '')}`);
  for (const s of layout.skipped) out.push(`- Could not be read: ${mdText(s.source)}: ${mdText(s.reason)}`);
  out.push('', `## ${ANNEX_TITLES.index}`, '');
  for (const s of layout.sections) {
    out.push(`### ${s.id}. ${mdText(s.title)}`, '', `Covers: ${mdText(s.covers)}. See Annex A, section ${s.id}; Annex B, table ${s.id}.`, '');
    out.push(`| Topic | ${layout.columns.map((c) => cell(c.label)).join(' | ')} |`, `|---|${layout.columns.map(() => '---:').join('|')}|`);
    for (const t of s.topics) out.push(`| ${topicNumber(t.id)} ${cell(t.label)} | ${t.cells.map((c) => c.entries.length).join(' | ')} |`);
    out.push('');
  }
  out.push(`## ${ANNEX_TITLES.review}`, '');
  if (layout.lowConfidence.length === 0) out.push('No assignment was made with low confidence.');
  for (const e of layout.lowConfidence) out.push(`- ${mdText(e.recommendation.citation)} → ${topicNumber(e.assignment.id)} ${mdText(e.assignment.label)} (score ${e.assignment.score.toFixed(2)})`);
  for (const r of layout.unmapped) out.push(`- No topic: ${mdText(r.citation)}`);
  out.push('');
  return out;
}

function annexA(layout: Layout): string[] {
  const out = [`## ${ANNEX_TITLES.a}`, ''];
  for (const s of layout.sections) {
    out.push(`### ${s.id}. ${mdText(s.title)}`, '');
    for (const t of s.topics) {
      out.push(`#### ${topicNumber(t.id)} ${mdText(t.label)}`, '');
      if (t.total === 0) { out.push(`_${NOTHING_IN_ANY_REGION}_`, ''); continue; }
      for (const c of t.cells) {
        out.push(`**${mdText(c.column.label)}**`, '');
        if (c.entries.length === 0) out.push(`_${NOTHING_UNDER_TOPIC}_`, '');
        for (const e of c.entries) out.push(`> ${mdText(e.recommendation.citation)}${e.assignment.lowConfidence && layout.edition === 'review' ? ' _(to review)_' : ''}  `, `> ${marked(e.segments)}`, '');
      }
    }
  }
  return out;
}

function annexC(layout: Layout): string[] {
  const t = layout.tracing;
  if (t === undefined) return [];
  const columns = coverageColumns(t, layout.edition);
  const out = [`## ${ANNEX_TITLES.c}`, '', mdText(annexCIntro(t)), '', `| Region | ${columns.map((c) => c.heading).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const r of t.byRegion) out.push(`| ${cell(r.label)} | ${columns.map((c) => r[c.field]).join(' | ')} |`);
  out.push('', `*${mdText(coverageNote(t))}*`, '');
  out.push(`### ${SUMMARY_HEADING}`, '', `| ${SUMMARY_HEADINGS.join(' | ')} |`, `|${SUMMARY_HEADINGS.map(() => '---').join('|')}|`);
  for (const g of t.recommendations) {
    for (const item of g.items) {
      // The final edition shows no paragraphs "ranked next" and no precedents: review material.
      const final = layout.edition === 'final';
      const also = item.alsoCheck.length === 0 || final ? '' : ` ${alsoCheckLabel(item.alsoCheck)}`;
      const precedents = item.links.flatMap((l) => (l.precedent === undefined || final ? [] : [mdText(precedentLabel(l.precedent))]));
      out.push(`| ${cell(item.recommendation.citation)} | ${cell(g.column.label)} | ${topicsSummary(item.recommendation.topics)} | ${positionWording(item.recommendation.trace) ?? statusWording(item.shown, item.reviewed)} | ${item.links.length === 0 ? '\u2014' : item.links.map((l) => mdText(correspondsLabel(l.citation, l.strength))).join('; ')}${precedents.length === 0 ? '' : ` ${precedents.join(' ')}`}${also} |`);
    }
  }
  out.push('');
  out.push(`### ${noneFoundHeading(t.notTakenUp.length)}`, '');
  for (const item of t.notTakenUp) out.push(`- ${mdText(item.recommendation.citation)}${item.reviewed ? ` (${statusWording(item.shown, true)})` : ''}: ${mdText(item.recommendation.text)}`);
  out.push('');
  return out;
}

export function renderMarkdown(run: MappingRun): string {
  const layout = buildLayout(run);
  return [...front(layout), ...annexA(layout), ...annexC(layout)].join('\n');
}
