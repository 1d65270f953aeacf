// A server job (re-map, export) as the page follows it: polled until it ends, shown as a
// progress bar with its step and a Cancel button; a failed job shows its message.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiFailure } from '../api/client.ts';
import type { Job } from '../api/types.ts';

const POLL_MS = 400;
const ENDED: ReadonlySet<Job['state']> = new Set(['done', 'failed', 'cancelled']);

export const hasEnded = (job: Job): boolean => ENDED.has(job.state);

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/**
 * Follows one job at a time: `follow(job)` polls it until it ends, then calls `onEnd` once.
 * Polling stops when the component leaves the page; the job goes on on the server.
 */
export function useJob(onEnd: (job: Job) => void): { job: Job | null; error: string | null; follow: (job: Job) => void; cancel: () => Promise<void>; clear: () => void } {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const following = useRef<string | null>(null);
  const ended = useRef(onEnd);
  ended.current = onEnd;

  const follow = useCallback((start: Job) => {
    following.current = start.id;
    setError(null);
    setJob(start);
    const poll = async (): Promise<void> => {
      if (following.current !== start.id) return;
      try {
        const { job: now } = await api.job(start.id);
        if (following.current !== start.id) return;
        setJob(now);
        if (hasEnded(now)) {
          following.current = null;
          ended.current(now);
          return;
        }
      } catch (cause) {
        // A poll that failed (server restarting, network): say so and keep asking, unless the job is gone.
        setError(messageOf(cause));
        if (cause instanceof ApiFailure && cause.status === 404) {
          following.current = null;
          return;
        }
      }
      window.setTimeout(() => void poll(), POLL_MS);
    };
    window.setTimeout(() => void poll(), start.state === 'queued' || start.state === 'running' ? POLL_MS / 2 : 0);
  }, []);

  useEffect(() => () => void (following.current = null), []);

  const cancel = useCallback(async () => {
    const id = following.current;
    if (id === null) return;
    try {
      const { job: now } = await api.cancelJob(id);
      following.current = null;
      setJob(now);
      ended.current(now);
    } catch (cause) {
      setError(messageOf(cause));
    }
  }, []);

  const clear = useCallback(() => {
    following.current = null;
    setJob(null);
    setError(null);
  }, []);

  return { job, error, follow, cancel, clear };
}

const percent = (job: Job): number | null => {
  const { done, total } = job.progress;
  return done === undefined || total === undefined || total === 0 ? null : Math.round((100 * done) / total);
};

const STEP_WORDS: Record<string, string> = {
  queued: 'Waiting for the job before it',
  prepare: 'Starting',
  map: 'Mapping recommendations onto topics',
  trace: 'Tracing into the outcome document',
  save: 'Saving',
  done: 'Done',
};

export function stepWords(step: string): string {
  return STEP_WORDS[step] ?? (step.startsWith('render ') ? `Rendering ${step.slice(7)}` : step);
}

export interface JobProgressProps {
  readonly job: Job;
  /** What the job is, for the bar's label ("Re-map", "Word export"). */
  readonly label: string;
  readonly onCancel: () => void;
  /** A poll that failed, shown under the bar. */
  readonly error?: string | null;
  readonly onDismiss?: () => void;
}

export function JobProgress({ job, label, onCancel, error = null, onDismiss }: JobProgressProps) {
  const [cancelling, setCancelling] = useState(false);
  if (job.state === 'failed') {
    return (
      <div className="alert error row" role="alert" data-job={job.id}>
        <span className="grow">
          {label} failed: {job.error ?? 'no reason given'}
        </span>
        {onDismiss && (
          <button className="small" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    );
  }
  if (job.state === 'cancelled') {
    return (
      <div className="alert warn row" role="status" data-job={job.id}>
        <span className="grow">{label} cancelled: nothing was changed.</span>
        {onDismiss && (
          <button className="small" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    );
  }
  if (job.state === 'done') return null;
  const share = percent(job);
  const { done, total } = job.progress;
  return (
    <div className="stack" role="status" aria-label={`${label} progress`} data-job={job.id} data-step={job.progress.step} style={{ gap: 4 }}>
      <div className="row small">
        <span className="spinner" />
        <span className="grow">
          {label}: {stepWords(job.progress.step)}
          {done !== undefined && total !== undefined && total > 0 ? ` (${done} of ${total})` : ''}…
        </span>
        <button
          className="small"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
      <div className="progress" role="progressbar" aria-label={label} {...(share === null ? {} : { 'aria-valuenow': share, 'aria-valuemin': 0, 'aria-valuemax': 100 })}>
        <div style={{ width: `${share ?? 60}%` }} className={share === null ? 'indeterminate' : undefined} />
      </div>
      {error && <div className="muted small">{error}</div>}
    </div>
  );
}
