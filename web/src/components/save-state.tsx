// How a decision's save is going (saving, saved, not saved), and a recommendation's uptake badge.
import type { DecisionStatus } from '../state/project-data.tsx';

export function SaveState({ status, label }: { status: DecisionStatus | undefined; label?: string }) {
  if (!status) return null;
  if (status.state === 'pending')
    return (
      <span className="save-state pending" role="status">
        <span className="spinner" aria-hidden /> Saving{label ? ` ${label}` : ''}…
      </span>
    );
  if (status.state === 'saved')
    return (
      <span className="save-state saved" role="status">
        ✓ Saved{label ? ` ${label}` : ''}
      </span>
    );
  return (
    <span className="save-state failed" role="alert" title={status.error}>
      ⚠ Not saved{label ? ` (${label})` : ''}: {status.error}
    </span>
  );
}

export function TraceBadge({ status }: { status: 'strong' | 'partial' | 'not-taken-up' }) {
  const cls = status === 'strong' ? 'ok' : status === 'partial' ? 'info' : 'bad';
  const text = status === 'not-taken-up' ? 'not taken up' : `${status} uptake`;
  return <span className={`badge ${cls}`}>{text}</span>;
}
