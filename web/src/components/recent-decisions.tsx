// The latest decisions of a project, each a link to the recommendation decided on.
import { placeLabel } from '../lib/paragraph-place.ts';
import type { History } from '../api/types.ts';
import { routeHref } from '../lib/router.ts';
import { formatWhen } from '../lib/when.ts';

export function RecentDecisions({ pid, history }: { pid: number; history: History | null }) {
  return (
    <section className="panel" aria-label="Recent decisions">
      <div className="panel-head">
        <h2 className="grow">Recent decisions</h2>
        {history && <span className="muted small">{history.total} in all</span>}
      </div>
      {history && history.events.length === 0 && <div className="empty">No decision yet.</div>}
      <ul className="list">
        {history?.events.map((h) => (
          <li key={h.id}>
            <a href={routeHref(String(pid), 'review', { rec: h.recommendationId })}>
              <div className="line1">
                <strong>{h.reviewer ?? 'anonymous'}</strong> <span>{h.action.replace('-', ' ')}</span> {h.topic && <code>{h.topic}</code>}
                {h.paragraph !== null && <span>{placeLabel({ paragraph: h.paragraph, part: h.part })}</span>}
                <span className="spacer" />
                <span className="muted">{formatWhen(h.at)}</span>
              </div>
              <div className="line2">
                {h.citation}
                {h.note ? ` — “${h.note}”` : ''}
              </div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
