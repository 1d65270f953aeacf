// Step 4 of a project: map and trace everything, or re-map the unreviewed with the reviewers' decisions.
import type { RemapResult } from '../api/types.ts';

type Mode = 'all' | 'unreviewed-with-decisions';

export interface RunPanelProps {
  readonly running: Mode | null;
  /** An upload is still being read: mapping now would leave it out. */
  readonly reading: boolean;
  /** Documents changed since the last mapping. */
  readonly stale: boolean;
  readonly mapped: boolean;
  readonly hasDocuments: boolean;
  readonly error: string | null;
  readonly result: RemapResult | null;
  readonly onRun: (mode: Mode) => void;
}

export function RunPanel({ running, reading, stale, mapped, hasDocuments, error, result, onRun }: RunPanelProps) {
  return (
    <section className="panel" aria-label="Run">
      <div className="panel-head">
        <h2>4. Map and trace</h2>
      </div>
      <div className="panel-body stack">
        {stale && !reading && <div className="alert warn">Documents changed since the last mapping: run it again.</div>}
        {reading && <div className="muted small">Waiting for the uploads to be read before mapping…</div>}
        <div className="row">
          <button className="primary" onClick={() => onRun('all')} disabled={running !== null || reading || !hasDocuments}>
            {running === 'all' ? (
              <>
                <span className="spinner" /> Mapping…
              </>
            ) : (
              'Run mapping and tracing'
            )}
          </button>
          <button onClick={() => onRun('unreviewed-with-decisions')} disabled={running !== null || reading || !mapped} title="Your decisions become examples; only unreviewed recommendations are mapped again">
            {running === 'unreviewed-with-decisions' ? (
              <>
                <span className="spinner" /> Re-mapping…
              </>
            ) : (
              'Re-map unreviewed with my decisions'
            )}
          </button>
        </div>
        {running && (
          <div className="progress" aria-label="Working">
            <div style={{ width: '60%' }} className="indeterminate" />
          </div>
        )}
        {error && (
          <div className="alert error" role="alert">
            Mapping failed: {error}
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
          No reviewer decision is ever changed by a re-map; where the machine now disagrees, the recommendation says so.
        </p>
      </div>
    </section>
  );
}
