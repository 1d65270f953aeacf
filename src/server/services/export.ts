// Exports of a project: the annexes in every format of `concord build` (reviewed state)
// and the review log as CSV.
import { paragraphRef, placeLabel } from '../../tracing/paragraph-key.ts';
import { FILE_NAMES, renderAll } from '../../renderers/index.ts';
import type { Format } from '../../renderers/index.ts';
import type { ExportFormat } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { reviewedProject } from './reviewed-run.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import { forEdition, type EditionName } from '../../renderers/layout/method-facts.ts';
import { isMappable } from '../project/state.ts';
import { exchangeFiles } from './export-exchange.ts';
import { writeCsv } from '../../renderers/csv/write-csv.ts';

export const REVIEW_LOG_NAME = 'review-log.csv';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  qdpx: 'application/zip',
  akn: 'application/zip',
  'review-log': 'text/csv; charset=utf-8',
};

export interface ExportFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * The project state as an export needs it, fit to be sent to a worker thread (structured clone):
 * without the views kept for the API (memo) and the search index, which are neither needed nor clonable.
 */
export function exportSnapshot(state: ProjectState): ProjectState {
  const { memo: _memo, searchIndex: _searchIndex, ...rest } = state;
  return { ...rest, memo: new Map() };
}

export function reviewLogCsv(state: ProjectState): string {
  const header = ['decision', 'at', 'reviewer', 'recommendation', 'citation', 'action', 'topic', 'outcome paragraph', 'strength', 'note'];
  const rows = [...state.reviews.values()]
    .flatMap((review) => review.events)
    .sort((a, b) => a.seq - b.seq)
    .map((e) => [e.id, e.created_at, e.reviewer, e.rec_id, e.citation, e.action, e.topic, e.paragraph !== null && e.paragraph < 0 ? placeLabel(paragraphRef(e.paragraph)) : e.paragraph, e.strength, e.note]);
  return writeCsv([header, ...rows]);
}

/**
 * The reviewed run as the edition presents it. The final edition reads the documents (the meetings the
 * snapshot lists, the reports' sections) and says how many recommendations a reviewer decided on.
 */
async function editionRun(state: ProjectState, edition: EditionName, formats: readonly Format[]): Promise<{ run: MappingRun; docx?: Uint8Array }> {
  const { run, reviewed } = reviewedProject(state);
  if (edition === 'review') return { run };
  const models = { reports: state.reports.filter((r) => isMappable(r.model)).map((r) => r.model), others: state.reports.filter((r) => !isMappable(r.model)).map((r) => r.model) };
  const final = forEdition({ ...run, models }, 'final', { reviewedCount: reviewed.size });
  const { models: _models, ...light } = final;
  if (!formats.includes('docx')) return { run: light };
  // The Word file's contents and index get their page numbers from LibreOffice's layout, when it is installed.
  const { findSoffice, paginate } = await import('../../renderers/pdf/index.ts');
  const soffice = await findSoffice();
  if (soffice === undefined) return { run: light };
  const { renderDocx } = await import('../../renderers/docx/index.ts');
  const paged = await paginate(light, soffice, renderDocx);
  return { run: paged.run, docx: paged.docx };
}

export async function exportFiles(state: ProjectState, formats: readonly ExportFormat[], options: { edition?: EditionName } = {}): Promise<ExportFile[]> {
  const annexFormats = formats.filter((f): f is Extract<ExportFormat, Format> => f !== 'review-log' && f !== 'qdpx' && f !== 'akn');
  const files: ExportFile[] = [];
  if (annexFormats.length > 0) {
    const { run, docx } = await editionRun(state, options.edition ?? 'review', annexFormats);
    const rendered = (await renderAll(run, docx === undefined ? annexFormats : annexFormats.filter((f) => f !== 'docx')))
      .concat(docx === undefined ? [] : [{ format: 'docx', name: FILE_NAMES.docx, bytes: docx }]);
    // Only the workbench's export formats were asked for, so each file's format is one of them.
    for (const file of rendered) files.push({ name: file.name, contentType: CONTENT_TYPES[file.format as Extract<ExportFormat, Format>], bytes: file.bytes });
  }
  for (const file of await exchangeFiles(state, formats)) files.push({ ...file, contentType: CONTENT_TYPES[file.format] });
  if (formats.includes('review-log')) files.push({ name: REVIEW_LOG_NAME, contentType: CONTENT_TYPES['review-log'], bytes: Buffer.from(reviewLogCsv(state), 'utf8') });
  return files;
}
