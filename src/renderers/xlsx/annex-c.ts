// Annex C sheets: coverage per region and topic, and one row per recommendation x declaration paragraph.

import type ExcelJS from 'exceljs';
import type { Edition, TracingView } from '../layout/types.ts';
import { positionWording } from '../layout/position-wording.ts';
import { COVERAGE_HEADINGS, coverageNote, statusWording, topicNumber } from '../layout/wording.ts';
import { styleTable } from './sheets.ts';

export function annexCSheets(book: ExcelJS.Workbook, tracing: TracingView, edition: Edition = 'review'): void {
  const coverage = book.addWorksheet('Annex C coverage');
  coverage.addRow(['By', 'Key', 'Label', ...COVERAGE_HEADINGS]);
  for (const r of tracing.byRegion) coverage.addRow(['region', r.key, r.label, r.strong, r.partial, r.noneFound, r.notTakenUp, r.total, r.reviewed]);
  for (const r of tracing.byTopic) coverage.addRow(['topic', topicNumber(r.key), r.label, r.strong, r.partial, r.noneFound, r.notTakenUp, r.total, r.reviewed]);
  styleTable(coverage, [8, 30, 60, 10, 10, 22, 16, 10, 12]);
  const last = coverage.rowCount;
  // Which figures are reviewed, under the table (outside the data bars).
  coverage.addRow([]);
  coverage.addRow([coverageNote(tracing)]);
  if (last > 1) {
    coverage.addConditionalFormatting({
      ref: `D2:G${last}`,
      rules: [{ type: 'dataBar', priority: 1, minLength: 0, maxLength: 100, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: 'FF005EA0' } } as ExcelJS.DataBarRuleType],
    });
  }

  const links = book.addWorksheet('Annex C links');
  links.addRow(['Citation', 'Region', 'Status', 'Declaration paragraph', 'Strength', 'Score', 'Recommendation', 'Declaration text', 'Linked alike for']);
  const texts = new Map(tracing.paragraphs.map((p) => [p.number, p.text] as const));
  for (const group of tracing.recommendations) {
    for (const item of group.items) {
      const r = item.recommendation;
      const status = positionWording(item.recommendation.trace) ?? statusWording(item.shown, item.reviewed);
      if (item.links.length === 0) links.addRow([r.citation, group.column.label, status, '', '', '', r.text, '']);
      for (const l of item.links) {
        links.addRow([r.citation, group.column.label, status, l.citation, l.strength, Number(l.score.toFixed(3)), r.text, texts.get(l.paragraph) ?? l.outcomeSegments.map((s) => s.text).join(''), l.precedent?.citation ?? '']);
      }
    }
  }
  if (edition === 'final') {
    // Without the score and the precedents (review material): columns F and I.
    links.spliceColumns(9, 1);
    links.spliceColumns(6, 1);
    styleTable(links, [30, 24, 30, 34, 10, 70, 70]);
    return;
  }
  styleTable(links, [30, 24, 30, 34, 10, 8, 70, 70, 30]);
}
