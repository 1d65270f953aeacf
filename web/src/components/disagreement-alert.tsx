// Where the machine, since the last re-map, disagrees with a reviewer's decision.
import { placeLabel } from '../lib/paragraph-place.ts';
import type { RecommendationDetail } from '../api/types.ts';
import { describeDisagreement } from '../lib/review-rows.ts';

export function DisagreementAlert({ disagreements }: { disagreements: RecommendationDetail['disagreements'] }) {
  if (disagreements.length === 0) return null;
  return (
    <div className="alert warn" style={{ marginTop: 10 }} role="note">
      <div>
        <strong>Since the last re-map, the machine disagrees with a decision</strong>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {disagreements.map((d) => (
            <li key={`${d.kind}${d.target}`}>{describeDisagreement(d)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The disagreements worth raising: decisions taken before the latest mapping that the machine
 * (still or now) contradicts. A decision just taken naturally differs from the machine, so it
 * is not flagged until a re-map has had a chance to learn from it.
 */
export function remappedDisagreements(detail: RecommendationDetail, mappedAt: string | null): RecommendationDetail['disagreements'] {
  if (!mappedAt) return detail.disagreements;
  return detail.disagreements.filter((d) => {
    const events = detail.history.filter((h) => (d.kind === 'topic' ? h.topic === d.target : (h.part === 'preamble' && h.paragraph !== null ? placeLabel({ paragraph: h.paragraph, part: h.part }) : String(h.paragraph)) === d.target));
    const latest = events.reduce<string | null>((max, h) => (max === null || h.at > max ? h.at : max), null);
    return latest === null || Date.parse(latest) <= Date.parse(mappedAt);
  });
}
