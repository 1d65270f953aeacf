// Downloads of the annexes and the review log. Each export runs as a job on the server (rendered in
// a worker, with its progress and a Cancel button here); once done, its file downloads.
import { useState } from 'react';
import type { MouseEvent } from 'react';
import { api, exportHref } from '../api/client.ts';
import type { ExportFormat, Job } from '../api/types.ts';
import { JobProgress, useJob } from './job-progress.tsx';

interface Choice {
  readonly format: ExportFormat;
  readonly label: string;
  readonly hint: string;
}

const FORMATS: readonly Choice[] = [
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
const FINAL_FORMATS: readonly Choice[] = [
  { format: 'docx', label: 'Word (final)', hint: 'The final edition for circulation, with its method note and page numbers' },
  { format: 'xlsx', label: 'Excel (final)', hint: 'The final edition as a workbook, without scores or review sheets' },
  { format: 'html', label: 'HTML (final)', hint: 'The final edition as a web page' },
];

/** Hands a finished export's file to the browser's downloads. */
function download(job: Job): void {
  if (!job.export) return;
  const link = document.createElement('a');
  link.href = job.export.download;
  link.download = job.export.file.name;
  document.body.append(link);
  link.click();
  link.remove();
}

const message = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

export function ExportButtons({ pid, disabled = false }: { pid: number; disabled?: boolean }) {
  const [label, setLabel] = useState('Export');
  const [startError, setStartError] = useState<string | null>(null);
  const { job, error, follow, cancel, clear } = useJob((ended) => {
    if (ended.state !== 'done') return;
    download(ended);
    clear();
  });
  const busy = job !== null && (job.state === 'queued' || job.state === 'running');

  // The link still names the file (a middle click or "save link as" waits for the export on the server); a click runs it as a job.
  const start = async (event: MouseEvent, choice: Choice, edition: 'review' | 'final') => {
    event.preventDefault();
    if (busy) return;
    setStartError(null);
    setLabel(`${choice.label}${edition === 'final' && !choice.label.includes('final') ? ' (final)' : ''} export`);
    try {
      follow((await api.startExport(pid, { format: choice.format, edition })).job);
    } catch (cause) {
      setStartError(message(cause));
    }
  };

  const buttons = (choices: readonly Choice[], edition: 'review' | 'final') =>
    choices.map((f) =>
      disabled ? (
        <button key={f.format} className="small" disabled title={f.hint}>
          {f.label}
        </button>
      ) : (
        <a
          key={f.format}
          className="button small"
          href={exportHref(pid, f.format, edition)}
          download
          title={f.hint}
          data-format={edition === 'final' ? `${f.format}-final` : f.format}
          aria-disabled={busy}
          onClick={(event) => void start(event, f, edition)}
        >
          ⤓ {f.label}
        </a>
      ),
    );

  return (
    <>
      <div className="row">{buttons(FORMATS, 'review')}</div>
      <div className="row" aria-label="Final edition">
        {buttons(FINAL_FORMATS, 'final')}
      </div>
      {job && <JobProgress key={job.id} job={job} label={label} error={error} onCancel={() => void cancel()} onDismiss={clear} />}
      {startError && (
        <div className="alert error" role="alert">
          Export failed: {startError}
        </div>
      )}
    </>
  );
}
