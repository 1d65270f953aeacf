// Asks the reviewer's name once; it is stored in this browser and sent with every decision.
import { useState } from 'react';
import { Dialog } from './dialog.tsx';

export interface ReviewerDialogProps {
  readonly open: boolean;
  readonly initial: string;
  readonly required: boolean;
  readonly onSave: (name: string) => void;
  readonly onClose: () => void;
}

export function ReviewerDialog({ open, initial, required, onSave, onClose }: ReviewerDialogProps) {
  const [name, setName] = useState(initial);
  const valid = name.trim().length > 0;
  return (
    <Dialog open={open} title="Who is reviewing?" closable={!required} onClose={required ? () => undefined : onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave(name.trim());
        }}
      >
        <p className="muted" style={{ margin: 0 }}>
          Your name is recorded with each decision in the review log. It is kept in this browser only.
        </p>
        <label className="field">
          Your name
          <input type="text" autoFocus value={name} maxLength={120} onChange={(e) => setName(e.target.value)} placeholder="e.g. A. Analyst" />
        </label>
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          {!required && (
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={!valid}>
            Continue
          </button>
        </div>
      </form>
    </Dialog>
  );
}
