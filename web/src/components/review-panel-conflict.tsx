// A decision refused because another reviewer decided on the recommendation meanwhile: who
// decided what, that nothing of the reviewer's was saved, and a way to decide again on the
// state now shown (or to leave it as the other reviewer decided).
import type { DecisionConflict } from '../state/project-data.tsx';
import { conflictText, describe } from '../state/project-data.tsx';

export interface ConflictAlertProps {
  readonly conflict: DecisionConflict | undefined;
  readonly onDecideAgain: () => void;
  readonly onDismiss: () => void;
}

export function ConflictAlert({ conflict, onDecideAgain, onDismiss }: ConflictAlertProps) {
  if (conflict === undefined) return null;
  return (
    <div className="alert error conflict" role="alert" aria-label="Decision conflict" style={{ marginTop: 10 }}>
      <div>
        <strong>Not saved: decided by someone else meanwhile</strong>
        <div>{conflictText(conflict.since)}.</div>
        <div className="muted small">The recommendation now shows their decision. Yours was: {describe(conflict.input)}.</div>
        <div className="row" style={{ marginTop: 6 }}>
          <button className="small" onClick={onDecideAgain}>
            Decide again: {describe(conflict.input)}
          </button>
          <button className="small ghost" onClick={onDismiss}>
            Keep theirs
          </button>
        </div>
      </div>
    </div>
  );
}
