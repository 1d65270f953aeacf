// Step 4 of a project: map and trace everything, or re-map the unreviewed with the reviewers' decisions.
// The re-map runs as a job on the server (in a worker): the panel shows its step and can cancel it,
// which leaves the previous mapping as it was.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Job, RemapResult } from '../api/types.ts';
import { hasEnded, JobProgress, useJob } from './job-progress.tsx';

type Mode = 'all' | 'unreviewed-with-decisions';

export interface RunPanelProps {
  readonly pid: number;
  /** An upload is still being read: mapping now would leave it out. */
  readonly reading: boolean;
  /** Documents changed since the last mapping. */
  readonly stale: boolean;
  readonly mapped: boolean;
  readonly hasDocuments: boolean;
  /** A re-map ended well: its answer (the disagreements with reviewers' decisions). */
  readonly onFinished: (result: RemapResult) => void;
}

const message = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

export function RunPanel({ pid, reading, stale, mapped, hasDocuments, onFinished }: RunPanelProps) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [result, setResult] = useState<RemapResult | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const { job, error, follow, cancel, clear } = useJob((ended: Job) => {
    setMode(null);
    if (ended.state === 'done' && ended.remap) {
      setResult(ended.remap);
      onFinished(ended.remap);
    }
  });
  const running = job !== null && !hasEnded(job);

  // A re-map started earlier (another tab, before a reload) is followed here too.
  useEffect(() => {
    let live = true;
    api.jobs(pid).then(
      ({ jobs }) => {
        const active = jobs.find((j) => j.kind === 'remap' && !hasEnded(j));
        if (live && active) follow(active);
      },
      () => undefined,
    );
    return () => void (live = false);
  }, [pid, follow]);

  const run = async (next: Mode) => {
    setMode(next);
    setResult(null);
    setStartError(null);
    clear();
    try {
      follow((await api.startRemap(pid, { mode: next })).job);
    } catch (cause) {
      setMode(null);
      setStartError(message(cause));
    }
  };

  const busy = running || mode !== null;
  return (
    <section className="panel" aria-label="Run">
      <div className="panel-head">
        <h2>4. Map and trace</h2>
      </div>
      <div className="panel-body stack">
        {stale && !reading && <div className="alert warn">Documents changed since the last mapping: run it again.</div>}
        {reading && <div className="muted small">Waiting for the uploads to be read before mapping…</div>}
        <div className="row">
          <button className="primary" onClick={() => void run('all')} disabled={busy || reading || !hasDocuments}>
            {busy && mode === 'all' ? (
              <>
                <span className="spinner" /> Mapping…
              </>
            ) : (
              'Run mapping and tracing'
            )}
          </button>
          <button onClick={() => void run('unreviewed-with-decisions')} disabled={busy || reading || !mapped} title="Your decisions become examples; only unreviewed recommendations are mapped again">
            {busy && mode === 'unreviewed-with-decisions' ? (
              <>
                <span className="spinner" /> Re-mapping…
              </>
            ) : (
              'Re-map unreviewed with my decisions'
            )}
          </button>
        </div>
        {job && <JobProgress key={job.id} job={job} label="Mapping" error={error} onCancel={() => void cancel()} onDismiss={clear} />}
        {startError && (
          <div className="alert error" role="alert">
            Mapping failed: {startError}
          </div>
        )}
        {result && (
          <div className="alert ok" role="status">
            Mapped {result.mapped} recommendation{result.mapped === 1 ? '' : 's'}
            {result.traced ? ' and traced them into the outcome' : ''}
            {result.examplesUsed > 0 ? `, learning from ${result.examplesUsed} of your decisions` : ''}
            {result.linkExamplesUsed > 0 ? `, with ${result.linkExamplesUsed} recommendation${result.linkExamplesUsed === 1 ? '' : 's'} you linked as precedents` : ''}.{' '}
            <strong>
              {result.disagreements.length} disagreement{result.disagreements.length === 1 ? '' : 's'} with your decisions.
            </strong>
          </div>
        )}
        <p className="muted small" style={{ margin: 0 }}>
          No reviewer decision is ever changed by a re-map; where the machine now disagrees, the recommendation says so. A re-map you cancel leaves the previous mapping in place.
        </p>
      </div>
    </section>
  );
}
