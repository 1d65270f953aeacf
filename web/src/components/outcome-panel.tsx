// The outcome document of a project (e.g. the congress report with the declaration): what was
// read, its parse messages, and an upload with the symbol to use when the document does not state it.
import { useState } from 'react';
import type { OutcomeView } from '../api/types.ts';
import { Dropzone } from './dropzone.tsx';
import { MessageList } from './message-list.tsx';
import { formatWhen } from '../lib/when.ts';

export interface UploadState {
  readonly name: string;
  readonly state: 'uploading' | 'done' | 'failed';
  readonly error?: string;
}

export interface OutcomePanelProps {
  /** undefined while loading, null when the project has none. */
  readonly outcome: OutcomeView | null | undefined;
  readonly uploadState: UploadState | null;
  readonly onUpload: (file: File, symbol: string) => void;
}

export function OutcomePanel({ outcome, uploadState, onUpload }: OutcomePanelProps) {
  const [symbol, setSymbol] = useState('');
  return (
    <section className="panel" aria-label="Outcome document">
      <div className="panel-head">
        <h2 className="grow">3. Outcome document</h2>
        <span className="muted small">for tracing</span>
      </div>
      <div className="panel-body stack">
        {outcome && (
          <div>
            <div className="title">
              <strong>{outcome.symbol}</strong> · {outcome.title}
            </div>
            <div className="muted small">
              {outcome.name} · {formatWhen(outcome.createdAt)}
            </div>
            <details className="small">
              <summary>{outcome.messages.length} parse message{outcome.messages.length === 1 ? '' : 's'}</summary>
              <MessageList messages={outcome.messages} limit={50} />
            </details>
          </div>
        )}
        {outcome?.symbolProvisional && (
          <div className="alert warn" role="note">
            The document does not state its symbol, so its paragraphs are cited as {outcome.symbol}. Type the symbol below and upload it again.
          </div>
        )}
        <label className="field">
          <span>
            Symbol <span className="muted">(when the document does not state it)</span>
          </span>
          <input type="text" value={symbol} maxLength={60} placeholder="e.g. A/CONF.234/16" onChange={(e) => setSymbol(e.target.value)} />
        </label>
        <Dropzone
          accept=".txt,.docx,.pdf"
          label={outcome ? 'Replace outcome…' : 'Choose outcome…'}
          testId="outcome-drop"
          hint="The congress report with the declaration (e.g. A/CONF.234/16)."
          onFiles={(files) => files[0] && onUpload(files[0], symbol)}
        />
        {uploadState && uploadState.state !== 'done' && (
          <div className="small">
            {uploadState.state === 'uploading' ? (
              <>
                <span className="spinner" /> Reading {uploadState.name}…
              </>
            ) : (
              <span className="save-state failed">⚠ {uploadState.error}</span>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
