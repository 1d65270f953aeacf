// Annex C for Word: coverage as shaded tables, one line per recommendation, then each
// recommendation with a corresponding paragraph beside it, the paragraphs with their sources, the gaps.

import { Paragraph, type FileChild, type TableRow } from 'docx';
import { SHOWN_COLOURS } from '../layout/shade.ts';
import type { CoverageView, Edition, TracedRecommendation, TracingView } from '../layout/types.ts';
import { positionWording } from '../layout/position-wording.ts';
import {
  alsoCheckLabel, annexCIntro, ANNEX_TITLES, correspondsLabel, coverageColumns, type CoverageColumn, type CoverageField, coverageNote, DETAIL_INTRO, linksSummary, noneFoundHeading, precedentLabel, scoreLabel,
  statusWording, STRENGTH_WORDING, SUMMARY_HEADING, SUMMARY_HEADINGS, SUMMARY_INTRO, topicNumber, topicsSummary,
} from '../layout/wording.ts';
import { cellOf, grid, gridRow, heading, markedRuns, para, text, TEXT_WIDTH, UN_BLUE } from './parts.ts';

/** A share as a tint of the status colour: the table reads as a bar chart. */
function tint(hex: string, share: number): string {
  const k = share <= 0 ? 0 : 0.2 + 0.8 * share;
  return [0, 2, 4].map((i) => Math.round(255 + (parseInt(hex.slice(i, i + 2), 16) - 255) * k).toString(16).padStart(2, '0')).join('');
}

/** Each coverage column's width (twips) in the Word table. */
const COVERAGE_WIDTHS: Readonly<Record<CoverageField, number>> = { strong: 1100, partial: 1100, noneFound: 1300, notTakenUp: 1300, total: 900, reviewed: 900 };

function coverageTable(rows: readonly CoverageView[], first: string, ids: boolean, columns: readonly CoverageColumn[]): FileChild {
  const cells = rows.map((r) => {
    const share = (n: number): number => (r.total === 0 ? 0 : n / r.total);
    const value = (n: number): string => `${n} (${Math.round(share(n) * 100)}%)`;
    const figure: Readonly<Record<CoverageField, () => ReturnType<typeof cellOf>>> = {
      strong: () => cellOf(value(r.strong), { center: true, fill: tint(SHOWN_COLOURS.strong, share(r.strong)), color: share(r.strong) > 0.5 ? 'FFFFFF' : '1A1A1A' }),
      partial: () => cellOf(value(r.partial), { center: true, fill: tint(SHOWN_COLOURS.partial, share(r.partial)) }),
      noneFound: () => cellOf(value(r.noneFound), { center: true, fill: tint(SHOWN_COLOURS['none-found'], share(r.noneFound)), color: share(r.noneFound) > 0.5 ? 'FFFFFF' : '1A1A1A' }),
      notTakenUp: () => cellOf(value(r.notTakenUp), { center: true, fill: tint(SHOWN_COLOURS['not-taken-up'], share(r.notTakenUp)), color: share(r.notTakenUp) > 0.5 ? 'FFFFFF' : '1A1A1A' }),
      total: () => cellOf(String(r.total), { center: true, bold: true }),
      reviewed: () => cellOf(String(r.reviewed), { center: true }),
    };
    return [cellOf(`${ids ? `${topicNumber(r.key)} ` : ''}${r.label}`), ...columns.map((c) => figure[c.field]())];
  });
  const widths = columns.map((c) => COVERAGE_WIDTHS[c.field]);
  return grid([first, ...columns.map((c) => c.heading)], cells, [TEXT_WIDTH.portrait - widths.reduce((a, b) => a + b, 0), ...widths]);
}

/**
 * A linked recommendation beside its declaration paragraphs: its heading line, the table, what else to check.
 * A function of the recommendation and its links alone (no bookmark, no numbering), so it can be built ahead.
 */
export function linkedBlocks(t: TracedRecommendation, edition: Edition = 'review'): FileChild[] {
  // The final edition shows no scores, no paragraphs "ranked next" and no precedents: review material.
  const final = edition === 'final';
  const half = Math.floor(TEXT_WIDTH.portrait / 2);
  const r = t.recommendation;
  const line = new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [text(r.citation, { bold: true, color: UN_BLUE }), text(` — ${positionWording(t.recommendation.trace) ?? statusWording(t.shown, t.reviewed)}`, { bold: true, color: SHOWN_COLOURS[t.shown] })] });
  const also = t.alsoCheck.length === 0 || final ? [] : [para([text(alsoCheckLabel(t.alsoCheck), { italics: true, size: 16 })], { indent: 360 })];
  const rows = [[
    cellOf([new Paragraph({ children: markedRuns(t.segments, 18) })]),
    cellOf(t.links.flatMap((l) => [
      new Paragraph({ keepNext: true, children: [text(final ? correspondsLabel(l.citation, l.strength) : `${correspondsLabel(l.citation, l.strength)}, ${scoreLabel(l.score)}`, { bold: true, size: 16, color: UN_BLUE })] }),
      new Paragraph({ spacing: { after: 100 }, children: markedRuns(l.outcomeSegments, 18) }),
      ...(l.precedent === undefined || final ? [] : [new Paragraph({ spacing: { after: 100 }, children: [text(precedentLabel(l.precedent), { italics: true, size: 16 })] })]),
    ])),
  ]];
  return [line, grid(['Recommendation', 'Declaration'], rows, [half, TEXT_WIDTH.portrait - half]), ...also];
}

const SUMMARY_WIDTHS = [2500, 1500, 900, 2300, TEXT_WIDTH.portrait - 7200];

/** A recommendation's row in the summary table: a function of the recommendation, its column and its trace alone. */
export function summaryRow(t: TracedRecommendation): TableRow {
  return gridRow([
    cellOf(t.recommendation.citation, { size: 16 }),
    cellOf(t.column.label, { size: 16 }),
    cellOf(topicsSummary(t.recommendation.topics), { size: 16 }),
    cellOf(positionWording(t.recommendation.trace) ?? statusWording(t.shown, t.reviewed), { size: 16, color: SHOWN_COLOURS[t.shown] }),
    cellOf(linksSummary(t.links), { size: 16 }),
  ], SUMMARY_WIDTHS);
}

/** What was built ahead of Annex C for a recommendation (linkedBlocks, summaryRow), or undefined to build it now. */
export interface BuiltAhead {
  readonly linked: (t: TracedRecommendation) => readonly FileChild[] | undefined;
  readonly summary: (t: TracedRecommendation) => TableRow | undefined;
}

export function annexC(tracing: TracingView, edition: Edition = 'review', built?: BuiltAhead): FileChild[] {
  const final = edition === 'final';
  const out: FileChild[] = [
    heading(ANNEX_TITLES.c, 1, 'annex_c', { pageBreakBefore: true }),
    para(`${annexCIntro(tracing)} Cells are shaded by share.`),
    para(coverageNote(tracing), { italic: true }),
    heading('Coverage per region', 2, 'c_regions'),
    coverageTable(tracing.byRegion, 'Region', false, coverageColumns(tracing, edition)),
    heading('Coverage per topic', 2, 'c_topics'),
    coverageTable(tracing.byTopic.filter((r) => r.total > 0), 'Topic', true, coverageColumns(tracing, edition)),
    heading(SUMMARY_HEADING, 2, 'c_summary', { pageBreakBefore: true }),
    para(SUMMARY_INTRO, { italic: true }),
    grid(SUMMARY_HEADINGS, tracing.recommendations.flatMap((g) => g.items.map((t) => built?.summary(t) ?? summaryRow(t))), SUMMARY_WIDTHS),
    heading('Recommendations and declaration paragraphs', 2, 'c_recommendations', { pageBreakBefore: true }),
    para(DETAIL_INTRO, { italic: true }),
  ];
  for (const group of tracing.recommendations) {
    const linked = group.items.filter((t) => t.links.length > 0);
    if (linked.length === 0) continue;
    out.push(heading(group.column.label, 3));
    for (const t of linked) out.push(...(built?.linked(t) ?? linkedBlocks(t, edition)));
  }
  out.push(heading('Declaration paragraphs and the recommendations behind them', 2, 'c_paragraphs', { pageBreakBefore: true }));
  if (tracing.paragraphs.length === 0) out.push(para('No paragraph took up a recommendation.', { italic: true }));
  for (const p of tracing.paragraphs) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [text(p.citation, { bold: true, color: UN_BLUE })] }));
    out.push(para(p.text, { indent: 360, after: 60 }));
    for (const b of p.reverse) out.push(para(`${b.citation}${b.region === undefined ? '' : ` (${b.region})`}: ${STRENGTH_WORDING[b.strength]}`, { indent: 720, after: 20 }));
  }
  out.push(heading(noneFoundHeading(tracing.notTakenUp.length), 2, 'c_not_taken_up', { pageBreakBefore: true }));
  if (tracing.notTakenUp.length === 0) out.push(para('None.', { italic: true }));
  for (const t of tracing.notTakenUp) {
    const also = t.alsoCheck.length > 0 && !final;
    out.push(para([text(`${t.recommendation.citation} (${t.column.label})${t.reviewed ? ` — ${statusWording(t.shown, true)}` : ''}: `, { bold: true }), text(t.recommendation.text)], { after: also ? 20 : 100 }));
    if (also) out.push(para([text(alsoCheckLabel(t.alsoCheck), { italics: true, size: 16 })], { indent: 360, after: 100 }));
  }
  return out;
}
