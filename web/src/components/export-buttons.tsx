// Downloads of the annexes and the review log from the API's export endpoints.
import { exportHref } from '../api/client.ts';
import type { ExportFormat } from '../api/types.ts';

const FORMATS: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'docx', label: 'Word', hint: 'Index, Annex A (narrative) and Annex B (matrix) as a Word document' },
  { format: 'xlsx', label: 'Excel', hint: 'Matrix and recommendations as a workbook' },
  { format: 'html', label: 'HTML', hint: 'Annexes as a web page' },
  { format: 'csv', label: 'CSV', hint: 'One row per recommendation and topic' },
  { format: 'json', label: 'JSON', hint: 'The whole mapping run' },
  { format: 'md', label: 'Markdown', hint: 'Annexes as Markdown' },
  { format: 'qdpx', label: 'REFI-QDA', hint: 'A project for NVivo, ATLAS.ti, MAXQDA or QualCoder: reports, codes and codings, who decided them, notes' },
  { format: 'akn', label: 'Akoma Ntoso', hint: 'One Akoma Ntoso 3.0 XML per report and for the outcome document, zipped' },
  { format: 'review-log', label: 'Review log (CSV)', hint: 'Every decision: who, when, what, note' },
];

/** The final edition, for circulation: no scores, flags or candidate paragraphs; a background and method note. */
const FINAL_FORMATS: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'docx', label: 'Word (final)', hint: 'The final edition for circulation, with its method note and page numbers' },
  { format: 'xlsx', label: 'Excel (final)', hint: 'The final edition as a workbook, without scores or review sheets' },
  { format: 'html', label: 'HTML (final)', hint: 'The final edition as a web page' },
];

export function ExportButtons({ pid, disabled = false }: { pid: number; disabled?: boolean }) {
  return (
    <>
    <div className="row">
      {FORMATS.map((f) =>
        disabled ? (
          <button key={f.format} className="small" disabled title={f.hint}>
            {f.label}
          </button>
        ) : (
          <a key={f.format} className="button small" href={exportHref(pid, f.format)} download title={f.hint} data-format={f.format}>
            ⤓ {f.label}
          </a>
        ),
      )}
    </div>
    <div className="row" aria-label="Final edition">
      {FINAL_FORMATS.map((f) =>
        disabled ? (
          <button key={f.format} className="small" disabled title={f.hint}>
            {f.label}
          </button>
        ) : (
          <a key={f.format} className="button small" href={exportHref(pid, f.format, 'final')} download title={f.hint} data-format={`${f.format}-final`}>
            ⤓ {f.label}
          </a>
        ),
      )}
    </div>
    </>
  );
}
