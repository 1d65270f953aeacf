// The agreement report as files: CSV through the project's one CSV writer (formulas defused),
// and an Excel workbook (exceljs) with one sheet per table.
import type ExcelJS from 'exceljs';
import { Workbook } from '../../renderers/xlsx/workbook.ts';
import { writeCsv } from '../../renderers/csv/write-csv.ts';
import type { CsvValue } from '../../renderers/csv/write-csv.ts';
import type { AgreementReport, DisagreementsView } from './api.ts';
import type { Statistic } from './stats-types.ts';

const HEAD = ['comparison', 'coders', 'topic', 'label', 'units', 'percent agreement', "Cohen's kappa", "Krippendorff's alpha", 'undefined because'];
const DISAGREEMENT_HEAD = ['recommendation', 'citation', 'region', 'coder', 'topics', 'note', 'machine', 'adjudicated by', 'adjudicated topics'];

const figure = (s: Statistic): number | null => (s.value === null ? null : Math.round(s.value * 10000) / 10000);
const reasons = (...stats: Statistic[]): string => [...new Set(stats.flatMap((s) => (s.reason === undefined ? [] : [s.reason])))].join('; ');

function reportRows(report: AgreementReport): CsvValue[][] {
  return report.comparisons.flatMap((c) => {
    const coders = c.coders.join(' + ');
    const row = (topic: string, label: string, f: { percent: Statistic; kappa: Statistic; alpha: Statistic }): CsvValue[] => [
      c.label, coders, topic, label, f.percent.units, figure(f.percent), figure(f.kappa), figure(f.alpha), reasons(f.percent, f.kappa, f.alpha),
    ];
    return [
      ...c.topics.map((t) => row(t.topic, t.label, t)),
      row('overall (mean over topics)', '', c.mean),
      row('overall (pooled)', '', c.pooled),
    ];
  });
}

function disagreementRows(view: DisagreementsView): CsvValue[][] {
  return view.disagreements.flatMap((d) =>
    d.codings.map((c): CsvValue[] => [d.recommendationId, d.citation, d.region, c.coder, c.topics === null ? '(not coded)' : c.topics.join(' '), c.note, d.machine.join(' '), d.adjudicated?.by ?? null, d.adjudicated?.topics.join(' ') ?? null]),
  );
}

export function reportCsv(report: AgreementReport): string {
  return writeCsv([HEAD, ...reportRows(report)]);
}

export async function reportXlsx(report: AgreementReport, disagreements: DisagreementsView): Promise<Uint8Array> {
  const book = new Workbook();
  book.creator = 'Concord';
  book.title = `Agreement: ${report.assignment.name}`;
  const sheet = (name: string, head: readonly string[], rows: readonly CsvValue[][]): void => {
    const ws = book.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    ws.addRow([...head]).font = { bold: true };
    for (const row of rows) ws.addRow(row.map((v) => v ?? ''));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((col, i) => (col.width = i < 4 ? 24 : 16));
  };
  // One sheet per comparison (all coders, each pair, each coder against the machine), then the disagreements.
  for (const c of report.comparisons) sheet(c.label, HEAD, reportRows({ ...report, comparisons: [c] }));
  sheet('disagreements', DISAGREEMENT_HEAD, disagreementRows(disagreements));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
