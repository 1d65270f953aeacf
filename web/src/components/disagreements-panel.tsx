// The project's disagreements between the machine and reviewers' decisions, each a link into review.
import type { Disagreement } from '../api/types.ts';
import { describeDisagreement } from '../lib/review-rows.ts';
import { routeHref } from '../lib/router.ts';

export function DisagreementsPanel({ pid, disagreements }: { pid: number; disagreements: readonly Disagreement[] }) {
  if (disagreements.length === 0) return null;
  return (
    <section className="panel" aria-label="Disagreements">
      <div className="panel-head">
        <h2 className="grow">Where the machine disagrees with a decision</h2>
        <span className="badge warn">{disagreements.length}</span>
      </div>
      <ul className="list">
        {disagreements.slice(0, 30).map((d) => (
          <li key={`${d.recommendationId}-${d.kind}-${d.target}`}>
            <a href={routeHref(String(pid), 'review', { rec: d.recommendationId, scope: 'disagreements' })}>
              <div className="line1">
                <strong>{d.citation}</strong>
              </div>
              <div className="line2">{describeDisagreement(d)}</div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
