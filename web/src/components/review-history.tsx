// A recommendation's audit trail: who decided what, when, with their notes.
import { placeLabel } from '../lib/paragraph-place.ts';
import type { RecommendationDetail } from '../api/types.ts';
import { formatWhen } from '../lib/when.ts';

export function ReviewHistory({ history }: { history: RecommendationDetail['history'] }) {
  return (
    <section className="history" aria-label="History">
      <h4 style={{ margin: '12px 0 4px' }}>History</h4>
      {history.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          No decision yet: the topics are the machine's proposal.
        </p>
      ) : (
        <ol>
          {history.map((h) => (
            <li key={h.id}>
              <strong>{h.reviewer || 'anonymous'}</strong> {h.undone ? <s>{historyText(h)}</s> : historyText(h)}
              {h.undone && <span className="muted"> (undone)</span>}{' '}
              <time className="when" dateTime={h.at}>
                {formatWhen(h.at)}
              </time>
              {h.note && <div className="muted">“{h.note}”</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function historyText(h: { action: string; topic: string | null; paragraph: number | null; part?: 'preamble' | 'operative' | undefined; strength: string | null; note: string | null }): string {
  const place = h.paragraph === null ? 'para. ?' : placeLabel({ paragraph: h.paragraph, part: h.part });
  switch (h.action) {
    case 'accept-topic':
      return `accepted ${h.topic ?? ''}`;
    case 'reject-topic':
      return `rejected ${h.topic ?? ''}`;
    case 'add-topic':
      return `added ${h.topic ?? ''}`;
    case 'confirm':
      return 'confirmed the proposal';
    case 'add-link':
      return `linked ${place} (${h.strength ?? ''})`;
    case 'remove-link':
      return `removed the link to ${place}`;
    case 'set-link-strength':
      return `set ${place} to ${h.strength ?? ''}`;
    case 'note':
      return h.note ? 'wrote a note' : 'cleared the note';
    case 'undo':
      return 'undid a decision';
    default:
      return h.action;
  }
}
