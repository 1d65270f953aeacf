// Annex C sheets: coverage per region and topic, one row per recommendation, and one row per recommendation x declaration paragraph.

import type ExcelJS from 'exceljs';
import type { Edition, TracingView } from '../layout/types.ts';
import { positionWording } from '../layout/position-wording.ts';
import { coverageColumns, type CoverageField, coverageNote, linksSummary, statusWording, SUMMARY_HEADINGS, topicNumber, topicsSummary } from '../layout/wording.ts';
import { fillTable } from './sheets.ts';
import { paragraphKey } from '../../tracing/paragraph-key.ts';

export function annexCSheets(book: ExcelJS.Workbook, tracing: TracingView, edition: Edition = 'review'): void {
  const coverage = book.addWorksheet('Annex C coverage');
  const columns = coverageColumns(tracing, edition);
  const coverageWidths: Readonly<Record<CoverageField, number>> = { strong: 10, partial: 10, noneFound: 22, notTakenUp: 16, total: 10, reviewed: 12 };
  fillTable(coverage, ['By', 'Key', 'Label', ...columns.map((c) => c.heading)], [8, 30, 60, ...columns.map((c) => coverageWidths[c.field])], [
    ...tracing.byRegion.map((r) => ['region', r.key, r.label, ...columns.map((c) => r[c.field])]),
    ...tracing.byTopic.map((r) => ['topic', topicNumber(r.key), r.label, ...columns.map((c) => r[c.field])]),
  ], [1, 2]);
  // The data bars run over the status columns (D on), up to the total.
  const barEnd = String.fromCharCode('D'.charCodeAt(0) + Math.max(columns.findIndex((c) => c.field === 'total') - 1, 0));
  const last = coverage.rowCount;
  // Which figures are reviewed, under the table (outside the data bars).
  coverage.addRow([]);
  coverage.addRow([coverageNote(tracing)]);
  if (last > 1) {
    coverage.addConditionalFormatting({
      ref: `D2:${barEnd}${last}`,
      rules: [{ type: 'dataBar', priority: 1, minLength: 0, maxLength: 100, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: 'FF005EA0' } } as ExcelJS.DataBarRuleType],
    });
  }

  const summary = book.addWorksheet('Annex C summary');
  fillTable(summary, SUMMARY_HEADINGS, [30, 24, 14, 34, 40], tracing.recommendations.flatMap((g) => g.items.map((t) => [
    t.recommendation.citation, g.column.label, topicsSummary(t.recommendation.topics), positionWording(t.recommendation.trace) ?? statusWording(t.shown, t.reviewed), linksSummary(t.links),
  ])));

  const links = book.addWorksheet('Annex C links');
  const rows: (string | number)[][] = [];
  const texts = new Map(tracing.paragraphs.map((p) => [paragraphKey({ paragraph: p.number, part: p.part }), p.text] as const));
  for (const group of tracing.recommendations) {
    for (const item of group.items) {
      const r = item.recommendation;
      const status = positionWording(item.recommendation.trace) ?? statusWording(item.shown, item.reviewed);
      if (item.links.length === 0) rows.push([r.citation, group.column.label, status, '', '', '', r.text, '']);
      for (const l of item.links) {
        rows.push([r.citation, group.column.label, status, l.citation, l.strength, Number(l.score.toFixed(3)), r.text, texts.get(paragraphKey(l)) ?? l.outcomeSegments.map((s) => s.text).join(''), l.precedent?.citation ?? '']);
      }
    }
  }
  const headers = ['Citation', 'Region', 'Status', 'Declaration paragraph', 'Strength', 'Score', 'Recommendation', 'Declaration text', 'Linked alike for'];
  const widths = [30, 24, 30, 34, 10, 8, 70, 70, 30];
  // The final edition leaves out the score and the precedents (review material): columns F and I.
  const keep = edition === 'final' ? [0, 1, 2, 3, 4, 6, 7] : headers.map((_, i) => i);
  fillTable(links, keep.map((i) => headers[i] ?? ''), keep.map((i) => widths[i] ?? 10), rows.map((row) => keep.map((i) => row[i] ?? '')), [1, 4]);
}
