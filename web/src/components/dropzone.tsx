// Drag-and-drop area with a file picker fallback (the picker is a real, labelled <input type=file>).
import { useId, useState, type ReactNode } from 'react';

export interface DropzoneProps {
  readonly accept: string;
  readonly multiple?: boolean;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly testId?: string;
}

export function Dropzone({ accept, multiple = false, label, hint, disabled = false, onFiles, testId }: DropzoneProps) {
  const [over, setOver] = useState(false);
  const id = useId();
  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        // Disabled also inside a disabled <fieldset>, as its native controls are (components/role-gate.tsx).
        if (disabled || e.currentTarget.closest('fieldset:disabled') !== null) return;
        const files = [...e.dataTransfer.files];
        if (files.length) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <div>
        <strong>Drop {multiple ? 'files' : 'a file'} here</strong> or{' '}
        <label htmlFor={id} className="button small" style={{ display: 'inline-flex' }}>
          {label}
        </label>
        <input
          id={id}
          type="file"
          className="sr-only"
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          aria-label={label}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </div>
      {hint && <div className="muted small" style={{ marginTop: 6 }}>{hint}</div>}
    </div>
  );
}
